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

/** The socket of a graphql-ws operation, as `ws` gives it. */
export interface OperationSocket {
  readonly readyState: number;
  send(data: string, cb: (err?: Error) => void): void;
}

interface Operation {
  socket: OperationSocket;
  /** The start of a `next` message of this operation (graphql-transport-ws protocol), up to its payload. */
  prefix: string;
}

const OPEN = 1;
// A property of the context (not a WeakMap on it): Nest hands resolvers a copy of the context object.
const OPERATION = Symbol('operation');
// A shared answer's JSON, made once, by the first of its subscribers.
const texts = new WeakMap<ExecutionResult, string>();
const DONE: IteratorReturnResult<void> = { value: undefined, done: true };

/**
 * Called by the graphql-ws context builder: this context is operation `id` on `socket`. A shared
 * answer is then serialised once and written to each subscriber's socket as the very `next` message
 * graphql-ws would send, instead of graphql-ws serialising it again for every subscriber.
 */
export function bindOperation(context: object, socket: OperationSocket, id: string): void {
  (context as { [OPERATION]?: Operation })[OPERATION] = { socket, prefix: `{"id":${JSON.stringify(id)},"type":"next","payload":` };
}

/**
 * graphql-js's `subscribe` (execute the document for each event, with the event as root value), for
 * graphql-ws. An event with a SharedExecution is executed once per group of subscribers bound to get
 * the same answer, and written straight to the socket when the operation is bound; graphql-ws sends
 * the other events, errors (a failing stream) and the completion.
 */
export async function subscribeSharing(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in Object(source))) return source as ExecutionResult;
  const it = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const op = args.contextValue && typeof args.contextValue === 'object' ? (args.contextValue as { [OPERATION]?: Operation })[OPERATION] : undefined;
  let closed = false;
  const close = async () => {
    closed = true;
    try {
      await it.return?.();
    } catch {
      // Keep the original error.
    }
  };
  // Awaited, so a slow reader holds up its own stream (which cuts it off when too far behind), as with graphql-ws.
  const write = (o: Operation, text: string) => new Promise<void>((resolve) => {
    // A failed write means the socket is closing; graphql-ws then ends the operation (return()).
    if (o.socket.readyState === OPEN) o.socket.send(`${o.prefix}${text}}`, () => resolve());
    else resolve();
  });
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next(): Promise<IteratorResult<ExecutionResult, void>> {
      for (;;) {
        const { value: payload, done } = await it.next();
        if (done || closed) return DONE;
        const sharing = sharingOf(payload);
        const run = () => execute({ ...args, rootValue: payload });
        let result: ExecutionResult;
        try {
          result = await (sharing ? sharing.resultFor(args, run) : run());
        } catch (err) {
          await close();
          throw err;
        }
        if (!sharing || !op) return { value: result, done: false };
        if (closed) return DONE;
        let text = texts.get(result);
        if (text === undefined) texts.set(result, (text = JSON.stringify(result)));
        await write(op, text);
      }
    },
    async return() {
      await close();
      return DONE;
    },
    async throw(err: unknown) {
      await close();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}
