import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks for `path` below the current field (e.g. ['edges', 'node', 'region']),
 * through fragments too. Lets a list resolver load a relation for the whole page up front, so the
 * rows resolve it without a promise each, and only when a client wants it.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const walk = (set: SelectionSetNode | undefined, i: number): boolean => {
    if (!set) return false;
    for (const s of set.selections) {
      if (s.kind === 'Field') {
        if (s.name.value === path[i] && (i === path.length - 1 || walk(s.selectionSet, i + 1))) return true;
      } else if (s.kind === 'InlineFragment') {
        if (walk(s.selectionSet, i)) return true;
      } else if (walk(info.fragments[s.name.value]?.selectionSet, i)) {
        return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((n) => walk(n.selectionSet, 0));
}
