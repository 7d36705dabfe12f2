import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

/**
 * A subscription payload may carry this: one per event, shared by every subscriber it goes to, so
 * that subscribers whose answer is bound to be the same get one execution of their document between
 * them instead of one each. `resultFor` calls `run` (this subscriber's own execution) or hands out
 * the result of an earlier subscriber's; it may only do so when everything about the subscribers that
 * a selected field may vary by is the same. It lives as long as the event's fan-out.
 */
export const SHARED_EXECUTION = Symbol('sharedExecution');

type Result = ExecutionResult | Promise<ExecutionResult>;

export interface SharedExecution {
  resultFor(args: ExecutionArgs, run: () => Result): Result;
}

function sharingOf(payload: unknown): SharedExecution | undefined {
  return payload && typeof payload === 'object' ? (payload as { [SHARED_EXECUTION]?: SharedExecution })[SHARED_EXECUTION] : undefined;
}

/** What graphql-js does for each event (execute the document with the payload as root), once per key. */
export function respond(args: ExecutionArgs, payload: unknown): Result {
  const run = () => execute({ ...args, rootValue: payload });
  const sharing = sharingOf(payload);
  return sharing ? sharing.resultFor(args, run) : run();
}

/** graphql-js's `subscribe`, with `respond` in place of one execution per subscriber and event. */
export async function subscribeSharing(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult, void, void> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in Object(source))) return source as ExecutionResult;
  return mapStream(source as AsyncIterable<unknown>, (payload) => respond(args, payload));
}

/** As graphql-js maps a source stream: return() and throw() reach the source, a failing map closes it. */
function mapStream<T, R>(iterable: AsyncIterable<T>, map: (v: T) => R | Promise<R>): AsyncGenerator<R, void, void> {
  const it = iterable[Symbol.asyncIterator]();
  const close = async () => {
    try {
      await it.return?.();
    } catch {
      // Keep the original error.
    }
  };
  const fail = async (err: unknown): Promise<never> => {
    await close();
    throw err;
  };
  // Per subscriber and event: no more promise hops than the value needs.
  const mapped = (r: IteratorResult<T>): IteratorResult<R, void> | Promise<IteratorResult<R, void>> => {
    if (r.done) return { value: undefined, done: true };
    let value: R | Promise<R>;
    try {
      value = map(r.value);
    } catch (err) {
      return fail(err);
    }
    return value instanceof Promise ? value.then((v) => ({ value: v, done: false }), fail) : { value, done: false };
  };
  return {
    next: () => it.next().then(mapped),
    return: async () => (it.return ? mapped(await it.return()) : { value: undefined, done: true }),
    throw: async (err: unknown) => {
      if (it.throw) return mapped(await it.throw(err));
      await close();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  } as AsyncGenerator<R, void, void>;
}
