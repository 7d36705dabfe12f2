import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks for `path` below the current field (e.g. ['edges', 'node', 'region']),
 * through fragments too. Lets a list resolver load a relation for the whole page up front, so the
 * rows resolve it without a promise each, and only when a client wants it.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return selectedFields(info, path.slice(0, -1))?.has(path[path.length - 1]) ?? false;
}

/**
 * The names of the fields the query selects at `path` below the current field (e.g. ['edges', 'node']),
 * through fragments, whatever their directives say (a superset); null when it does not select `path`.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> | null {
  let found = false;
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, i: number): void => {
    if (!set) return;
    for (const s of set.selections) {
      if (s.kind === 'Field') {
        if (i === path.length) names.add(s.name.value);
        else if (s.name.value === path[i]) {
          if (i === path.length - 1) found = true;
          walk(s.selectionSet, i + 1);
        }
      } else if (s.kind === 'InlineFragment') {
        walk(s.selectionSet, i);
      } else {
        walk(info.fragments[s.name.value]?.selectionSet, i);
      }
    }
  };
  for (const n of info.fieldNodes) walk(n.selectionSet, 0);
  return path.length === 0 || found ? names : null;
}

/** The fields named `name` the query selects directly below the current field, through fragments (with every alias). */
export function selectedFieldNodes(info: GraphQLResolveInfo, name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const walk = (set: SelectionSetNode | undefined): void => {
    if (!set) return;
    for (const s of set.selections) {
      if (s.kind === 'Field') {
        if (s.name.value === name) found.push(s);
      } else if (s.kind === 'InlineFragment') {
        walk(s.selectionSet);
      } else {
        walk(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const n of info.fieldNodes) walk(n.selectionSet);
  return found;
}
