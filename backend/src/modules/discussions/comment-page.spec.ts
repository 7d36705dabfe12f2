import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';
import { CommentEntity } from './comment.entity.js';
import {
  AUTHOR_OPTIONAL_COLUMNS, COMMENT_FIELDS_WITH_OPTIONAL, COMMENT_FIELDS_WITHOUT_OPTIONAL, COMMENT_OPTIONAL_COLUMNS, pageProjection,
  USER_FIELDS_WITH_OPTIONAL, USER_FIELDS_WITHOUT_OPTIONAL,
} from './comment-page.js';

const schema = buildSchema(readFileSync(new URL('../../../schema.gql', import.meta.url), 'utf8'));
const fieldsOf = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());
const columnsOf = (target: object) => getMetadataArgsStorage().columns.filter((c) => c.target === target).map((c) => c.options.name ?? c.propertyName);

/** The resolve info of `comments` in `query`, as graphql hands it to the field resolver. */
function infoFor(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const thread = op.selectionSet.selections[0] as FieldNode;
  const comments = thread.selectionSet!.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'comments')!;
  return { fieldNodes: [comments], fragments } as unknown as GraphQLResolveInfo;
}

describe('which columns a page of comments reads', () => {
  it('has every field of Comment and User listed as reading the optional columns or not', () => {
    expect([...COMMENT_FIELDS_WITHOUT_OPTIONAL, ...COMMENT_FIELDS_WITH_OPTIONAL].filter((f) => f !== '__typename').sort()).toEqual(fieldsOf('Comment').sort());
    expect([...USER_FIELDS_WITHOUT_OPTIONAL, ...USER_FIELDS_WITH_OPTIONAL].filter((f) => f !== '__typename').sort()).toEqual(fieldsOf('User').sort());
  });

  it('leaves out only columns the entities have', () => {
    expect(columnsOf(CommentEntity)).toEqual(expect.arrayContaining([...COMMENT_OPTIONAL_COLUMNS]));
    expect(columnsOf(UserEntity)).toEqual(expect.arrayContaining([...AUTHOR_OPTIONAL_COLUMNS]));
  });

  it.each([
    ['text, time and name', `{ thread(id: "x") { comments { edges { node { id bodyHtml createdAt author { id displayName jobTitle } } } } } }`, true, true],
    ['through fragments', `{ thread(id: "x") { comments { ...page } } } fragment page on CommentConnection { edges { node { ...c } } }
      fragment c on Comment { id body viewerCan { edit } author { ... on User { displayName } } }`, true, true],
    ['"bewerkt"', `{ thread(id: "x") { comments { edges { node { id edited author { displayName } } } } } }`, false, true],
    ['a reason for hiding', `{ thread(id: "x") { comments { edges { node { id hiddenReason } } } } }`, false, true],
    ['the authors\' e-mail addresses', `{ thread(id: "x") { comments { edges { node { id author { id email } } } } } }`, true, false],
    ['a field behind a directive (counted anyway)', `query($x: Boolean!) { thread(id: "x") { comments { edges { node { id mentions @include(if: $x) { id } } } } } }`, false, true],
    ['no comments, only the count', `{ thread(id: "x") { comments { totalCount } } }`, false, true],
  ])('%s', (_name, query, slimComments, slimAuthors) => {
    expect(pageProjection(infoFor(query))).toEqual({ slimComments, slimAuthors });
  });
});
