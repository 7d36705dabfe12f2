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

/** A source that can hand items over synchronously while its reader waits (EventStream). */
interface FastPathSource {
  setFastPath(take: (item: unknown) => boolean): void;
}

const isFastPathSource = (it: object): it is FastPathSource => typeof (it as Partial<FastPathSource>).setFastPath === 'function';

function sharingOf(payload: unknown): SharedExecution | undefined {
  return payload && typeof payload === 'object' ? (payload as { [SHARED_EXECUTION]?: SharedExecution })[SHARED_EXECUTION] : undefined;
}

/** The socket of a graphql-ws operation, as `ws` gives it. */
export interface OperationSocket {
  readonly readyState: number;
  /** Bytes handed to `send` that the kernel has not taken yet. */
  readonly bufferedAmount: number;
  send(data: Buffer, options: { binary: false }, cb: (err?: Error) => void): void;
}

interface Operation {
  socket: OperationSocket;
  /** The start of a `next` message of this operation (graphql-transport-ws protocol), up to its payload. */
  prefix: Buffer;
  /** Waiting for a write the socket could not pass on at once. */
  drained: (() => void) | null;
  /** The callback of every write, made once per operation. */
  written: () => void;
}

const OPEN = 1;
// A property of the context (not a WeakMap on it): Nest hands resolvers a copy of the context object.
const OPERATION = Symbol('operation');
// A shared answer as UTF-8, with the `}` that closes the `next` message: made once, by the first of
// its subscribers, and kept on the answer itself (a symbol key, which JSON leaves out).
const ENCODED = Symbol('encoded');
const DONE: IteratorReturnResult<void> = { value: undefined, done: true };
// The bytes are sent as a text message, as graphql-ws sends its own.
const TEXT = { binary: false } as const;

function encoded(result: ExecutionResult): Buffer {
  const r = result as ExecutionResult & { [ENCODED]?: Buffer };
  return (r[ENCODED] ??= Buffer.from(`${JSON.stringify(result)}}`));
}

/**
 * Called by the graphql-ws context builder: this context is operation `id` on `socket`. A shared
 * answer is then serialised once and written to each subscriber's socket as the very `next` message
 * graphql-ws would send, instead of graphql-ws serialising it again for every subscriber.
 */
export function bindOperation(context: object, socket: OperationSocket, id: string): void {
  const o: Operation = {
    socket,
    prefix: Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`),
    drained: null,
    written: () => {
      const drained = o.drained;
      o.drained = null;
      drained?.();
    },
  };
  (context as { [OPERATION]?: Operation })[OPERATION] = o;
}

/**
 * Writes a shared answer as this operation's `next` message. Returns a promise only when the socket
 * could not pass the message on to the kernel at once (a slow reader): then the stream waits for it,
 * as graphql-ws does, and a reader too far behind is cut off by its stream. The usual case, a write
 * taken at once, costs no promise. (A failed write means the socket is closing; graphql-ws then ends
 * the operation.)
 */
function write(o: Operation, body: Buffer): Promise<void> | undefined {
  if (o.socket.readyState !== OPEN) return undefined;
  o.socket.send(Buffer.concat([o.prefix, body], o.prefix.length + body.length), TEXT, o.written);
  if (o.socket.bufferedAmount === 0) return undefined;
  return new Promise<void>((resolve) => (o.drained = resolve));
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
  // One function per subscription (not per event) executes the document for the event at hand.
  let payload: unknown;
  const run = () => execute({ ...args, rootValue: payload });
  // A write the socket has not passed on yet: the next one waits for it.
  let held: Promise<void> | null = null;
  // An answer the fast path started but could not write yet: `next` takes it over rather than running
  // the document again (an answer of this subscriber's own is not kept by the SharedExecution).
  let started: { item: unknown; result: Promise<ExecutionResult> } | null = null;
  const hold = (waiting: Promise<void> | undefined) => {
    if (!waiting) return;
    held = waiting;
    void waiting.then(() => {
      if (held === waiting) held = null;
    });
  };
  if (op && isFastPathSource(it)) {
    // The usual case, straight from the source's push: a shared answer that is ready, for a reader
    // that is idle, is written there and then (no promise, no turn of the microtask queue per
    // subscriber). Anything else goes through `next` below, after what came before it.
    it.setFastPath((item) => {
      if (closed || held) return false;
      const sharing = sharingOf(item);
      if (!sharing) return false;
      payload = item;
      let r: Result;
      try {
        r = sharing.resultFor(args, run);
      } catch {
        // `next` runs it again and ends the stream with the error.
        return false;
      }
      // Being worked out: `next` waits for it.
      if (r instanceof Promise) {
        // (`next` awaits it as soon as the stream hands it the item; until then a failure is not unhandled.)
        r.catch(() => undefined);
        started = { item, result: r };
        return false;
      }
      hold(write(op, encoded(r)));
      return true;
    });
  }
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next(): Promise<IteratorResult<ExecutionResult, void>> {
      for (;;) {
        const step = await it.next();
        if (step.done || closed) return DONE;
        if (held) await held;
        if (closed) return DONE;
        payload = step.value;
        const sharing = sharingOf(payload);
        let result: ExecutionResult;
        try {
          const begun = started;
          started = null;
          const r = begun && begun.item === payload ? begun.result : sharing ? sharing.resultFor(args, run) : run();
          // Most answers are there at once: no extra turn of the microtask queue per subscriber for them.
          result = r instanceof Promise ? await r : r;
        } catch (err) {
          await close();
          throw err;
        }
        if (!sharing || !op) return { value: result, done: false };
        if (closed) return DONE;
        const waiting = write(op, encoded(result));
        if (waiting) {
          hold(waiting);
          await waiting;
        }
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
