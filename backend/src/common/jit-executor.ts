import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, isObjectType, lexicographicSortSchema, type ExecutionResult, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** How many compiled operations are kept (least recently used are dropped first). */
export const COMPILED_QUERIES_KEPT = 500;

/**
 * Fields whose property graphql-jit reads in the compiled code itself. Nest gives every @Field a
 * resolver that only reads the object's property (`rootFieldResolver`), and graphql-jit calls a
 * resolver with two closures, an arguments object and a resolve info with its path, per field and
 * row: a page of 50 comments with their authors made some 400 such calls. Without a resolver it reads
 * the property inline. That is right only for a property that never holds a promise (a connection's
 * lazy `totalCount` does), so it is done for these types only: entities read from the database, edges
 * and page info; `*` for every such field of the type. (graphql-js, which runs mutations and
 * subscriptions, then reads the property with its default resolver, to the same effect.)
 */
export const INLINE_FIELDS: Readonly<Record<string, '*' | readonly string[]>> = {
  Thread: '*', Comment: '*', User: '*', CommentEdge: '*', ThreadEdge: '*', PageInfo: '*',
  CommentConnection: ['edges', 'pageInfo'], ThreadConnection: ['edges', 'pageInfo'],
};

/** Whether `resolve` is Nest's resolver that returns the object's property `name` and nothing else (no default value, no middleware). */
function readsOwnProperty(resolve: GraphQLFieldResolver<unknown, unknown>, name: string): boolean {
  if (resolve.name !== 'rootFieldResolver') return false;
  const read: PropertyKey[] = [];
  const probe = new Proxy({}, {
    get: (_target, key) => {
      read.push(key);
      return undefined;
    },
  });
  return resolve(probe, {}, undefined, undefined as never) === undefined && read.length === 1 && read[0] === name;
}

/** Drops the property-reading resolvers of INLINE_FIELDS (see there); returns the fields it changed. */
export function inlinePropertyReads(schema: GraphQLSchema, fields = INLINE_FIELDS): string[] {
  const changed: string[] = [];
  for (const [typeName, names] of Object.entries(fields)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`INLINE_FIELDS: the schema has no object type ${typeName}`);
    for (const field of Object.values(type.getFields())) {
      if (names !== '*' && !names.includes(field.name)) continue;
      if (field.resolve && readsOwnProperty(field.resolve, field.name)) {
        field.resolve = undefined;
        changed.push(`${typeName}.${field.name}`);
      }
    }
  }
  return changed;
}

/**
 * graphql-jit's errors are GraphQLErrors with read-only properties; Apollo's plugins (the field
 * suggestion mask in production among them) rewrite `message`, which then threw and turned every
 * error of a compiled query into INTERNAL_SERVER_ERROR. They are remade as graphql-js errors.
 */
function asGraphqlJsError(e: GraphQLError): GraphQLError {
  const copy = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions });
  (copy as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return copy;
}

/**
 * Queries run as compiled JavaScript (graphql-jit): the document is turned once into a function that
 * calls the same resolvers, instead of graphql-js walking the document for every request. Apollo takes
 * a custom executor only through its gateway interface, so this is a "gateway" that serves the app's
 * own schema (handed over by Nest's `transformSchema`). Mutations run through graphql-js as before.
 *
 * graphql-jit coerces variables itself, with errors that Apollo does not recognise as bad input; an
 * answer that failed before any resolver ran is therefore computed again by graphql-js, so bad
 * variables get exactly the same BAD_USER_INPUT answer as without compilation.
 */
export class JitGateway implements GatewayInterface {
  private schema?: GraphQLSchema;
  private readonly compiled = new Map<string, CompiledQuery>();

  /**
   * For Nest's `transformSchema`: remembers the schema it built. Nest sorts it (`sortSchema`) only after
   * this hook, so it is sorted here already: introspection lists types and fields in the same order.
   */
  readonly capture = (built: GraphQLSchema): GraphQLSchema => {
    this.schema = lexicographicSortSchema(built);
    inlinePropertyReads(this.schema);
    this.compiled.clear();
    return this.schema;
  };

  onSchemaLoadOrUpdate(callback: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]) {
    callback({ apiSchema: this.requireSchema(), coreSupergraphSdl: '' });
    return () => undefined;
  }

  async load() {
    return { executor: this.executor };
  }

  async stop() {
    this.compiled.clear();
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('JitGateway: the schema was not captured (transformSchema is not set)');
    return this.schema;
  }

  private readonly executor: GatewayExecutor = async (rc) => {
    const schema = this.requireSchema();
    const variables = rc.request.variables ?? {};
    const slow = () => execute({ schema, document: rc.document, contextValue: rc.context, variableValues: variables, operationName: rc.request.operationName });
    // No operation (an unknown or missing operationName): graphql-js words the error.
    if (rc.operation?.operation !== 'query') return slow();
    const query = this.compiledFor(schema, rc);
    if (!query) return slow();
    const result = (await query.query(undefined, rc.context, variables)) as ExecutionResult;
    // No `data` at all only when the variables were refused, before any resolver ran: graphql-js words that
    // the standard way. (A failed non-null root field gives `data: null`, and is not run twice.)
    if (!('data' in result)) return slow();
    if (result.errors) (result as { errors: readonly GraphQLError[] }).errors = result.errors.map(asGraphqlJsError);
    return result;
  };

  private compiledFor(schema: GraphQLSchema, rc: Parameters<GatewayExecutor>[0]): CompiledQuery | null {
    const key = `${rc.queryHash}\u0000${rc.operationName ?? ''}`;
    let query = this.compiled.get(key);
    if (query) {
      // Most recently used last, so the oldest is the first key.
      this.compiled.delete(key);
    } else {
      const made = compileQuery(schema, rc.document, rc.operationName ?? undefined, { disablingCapturingStackErrors: true });
      if (!isCompiledQuery(made)) return null;
      query = made;
      if (this.compiled.size >= COMPILED_QUERIES_KEPT) this.compiled.delete(this.compiled.keys().next().value!);
    }
    this.compiled.set(key, query);
    return query;
  }
}
