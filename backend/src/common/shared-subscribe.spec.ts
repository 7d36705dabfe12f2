import { buildSchema, parse, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { EventStream } from '../modules/discussions/event-stream.js';
import { bindOperation, SHARED_EXECUTION, subscribeSharing, type SharedExecution } from './shared-subscribe.js';

const schema = buildSchema(`type Query { x: Int } type Event { n: Int who: String } type Subscription { events: Event }`);

/** A subscription whose source is an EventStream we push to, and a socket that records what is written. */
async function setup(bound = true) {
  let stream!: EventStream<unknown>;
  let closed = 0;
  const sub = schema.getSubscriptionType()!.getFields().events;
  sub.subscribe = () => (stream = new EventStream(() => void closed++));
  sub.resolve = (p: { n: number }, _a, ctx: { who: string }) => ({ n: p.n, who: ctx.who });
  const written: string[] = [];
  // Like `ws`: the callback comes after the write, never during `send`; a slow reader's bytes wait in `bufferedAmount`.
  const socket = {
    readyState: 1,
    bufferedAmount: 0,
    slow: false,
    send(data: Buffer, options: { binary: boolean }, cb: () => void) {
      if (options.binary) throw new Error('graphql-ws messages are text');
      written.push(data.toString('utf8'));
      if (socket.slow) {
        socket.bufferedAmount += data.length;
        callbacks.push(cb);
      } else {
        process.nextTick(cb);
      }
    },
  };
  const callbacks: (() => void)[] = [];
  const drain = () => {
    socket.bufferedAmount = 0;
    for (const cb of callbacks.splice(0)) cb();
  };
  const ours = { who: 'ann' };
  if (bound) bindOperation(ours, socket, 'op-1');
  // What resolvers get is a copy, with `req` added (Nest's Apollo driver does this to every context).
  const contextValue = Object.assign(Object.create(Object.getPrototypeOf(ours)), ours, { req: {} });
  const it = (await subscribeSharing({ schema, document: parse('subscription { events { n who } }'), contextValue } as ExecutionArgs)) as AsyncIterableIterator<ExecutionResult> & Required<Pick<AsyncIterableIterator<ExecutionResult>, 'return'>>;
  return { it, push: (v: unknown) => stream.push(v), fail: (e: Error) => stream.fail(e), written, socket, drain, closed: () => closed };
}

/** A payload that hands every subscriber the same execution. */
const shared = (n: number, runs: { count: number }) => {
  let result: ExecutionResult | Promise<ExecutionResult> | undefined;
  const sharing: SharedExecution = { resultFor: (_args, run) => (result ??= (runs.count++, run())) };
  return { n, [SHARED_EXECUTION]: sharing };
};

const tick = () => new Promise((r) => setImmediate(r));

describe('subscribeSharing', () => {
  it('writes a shared answer to the socket as the graphql-ws `next` message of the operation', async () => {
    const s = await setup();
    const runs = { count: 0 };
    const pending = s.it.next();
    s.push(shared(1, runs));
    s.push(shared(2, runs));
    await tick();
    expect(s.written.map((m) => JSON.parse(m))).toEqual([
      { id: 'op-1', type: 'next', payload: { data: { events: { n: 1, who: 'ann' } } } },
      { id: 'op-1', type: 'next', payload: { data: { events: { n: 2, who: 'ann' } } } },
    ]);
    expect(runs.count).toBe(2);
    void pending;
  });

  it('hands graphql-ws an event without sharing, and any event when the operation is not bound', async () => {
    const s = await setup();
    s.push({ n: 3 });
    expect(await s.it.next()).toEqual({ value: { data: { events: { n: 3, who: 'ann' } } }, done: false });
    const unbound = await setup(false);
    unbound.push(shared(4, { count: 0 }));
    expect(await unbound.it.next()).toEqual({ value: { data: { events: { n: 4, who: 'ann' } } }, done: false });
    expect(unbound.written).toEqual([]);
  });

  it('keeps the order of shared and unshared events', async () => {
    const s = await setup();
    const runs = { count: 0 };
    s.push(shared(1, runs));
    s.push({ n: 2 });
    s.push(shared(3, runs));
    expect((await s.it.next()).value).toEqual({ data: { events: { n: 2, who: 'ann' } } });
    expect(s.written.map((m) => JSON.parse(m).payload.data.events.n)).toEqual([1]);
    const pending = s.it.next();
    await tick();
    expect(s.written.map((m) => JSON.parse(m).payload.data.events.n)).toEqual([1, 3]);
    void pending;
  });

  it('ends when graphql-ws returns it: the source is closed and nothing more is written', async () => {
    const s = await setup();
    const pending = s.it.next();
    await s.it.return(undefined);
    expect(await pending).toEqual({ value: undefined, done: true });
    s.push(shared(1, { count: 0 }));
    await tick();
    expect(s.closed()).toBe(1);
    expect(s.written).toEqual([]);
  });

  it('passes on the error that ends the stream, for graphql-ws to send', async () => {
    const s = await setup();
    const pending = s.it.next();
    s.fail(new Error('Je hebt geen toegang meer tot deze discussie.'));
    await expect(pending).rejects.toThrow('geen toegang');
  });

  it('holds the stream up while the socket cannot pass a message on, then goes on in order', async () => {
    const s = await setup();
    const runs = { count: 0 };
    s.socket.slow = true;
    const pending = s.it.next();
    s.push(shared(1, runs));
    s.push(shared(2, runs));
    s.push(shared(3, runs));
    await tick();
    // The first message waits in the socket: the next ones are not written (nor executed) meanwhile.
    expect(s.written.map((m) => JSON.parse(m).payload.data.events.n)).toEqual([1]);
    expect(runs.count).toBe(1);
    s.socket.slow = false;
    s.drain();
    await tick();
    expect(s.written.map((m) => JSON.parse(m).payload.data.events.n)).toEqual([1, 2, 3]);
    void pending;
  });

  it('writes a ready shared answer during the push itself while the reader waits', async () => {
    const s = await setup();
    const pending = s.it.next();
    s.push(shared(1, { count: 0 }));
    expect(s.written.map((m) => JSON.parse(m).payload.data.events.n)).toEqual([1]);
    void pending;
  });

  it('keeps the place of an answer that is still being worked out: what follows is written after it', async () => {
    const s = await setup();
    let finish!: () => void;
    const later = new Promise<void>((r) => (finish = r));
    const slow = {
      n: 1,
      [SHARED_EXECUTION]: { resultFor: (_a: ExecutionArgs, run: () => ExecutionResult) => later.then(() => run()) } as unknown as SharedExecution,
    };
    const pending = s.it.next();
    s.push(slow);
    s.push(shared(2, { count: 0 }));
    await tick();
    expect(s.written).toEqual([]);
    finish();
    await tick();
    expect(s.written.map((m) => JSON.parse(m).payload.data.events.n)).toEqual([1, 2]);
    void pending;
  });

  it('runs a document whose answer is its own once per event, also when the answer is not ready at once', async () => {
    const s = await setup();
    let runs = 0;
    const own = (n: number) => ({
      n,
      // As for a document that selects a field about the viewer: every subscriber runs it, and its answer comes later.
      [SHARED_EXECUTION]: { resultFor: (_a: ExecutionArgs, run: () => ExecutionResult) => (runs++, Promise.resolve(run())) } as unknown as SharedExecution,
    });
    const pending = s.it.next();
    s.push(own(1));
    await tick();
    s.push(own(2));
    await tick();
    expect(runs).toBe(2);
    expect(s.written.map((m) => JSON.parse(m).payload.data.events.n)).toEqual([1, 2]);
    void pending;
  });

  it('writes nothing to a socket that is closing', async () => {
    const s = await setup();
    s.socket.readyState = 2;
    const pending = s.it.next();
    s.push(shared(1, { count: 0 }));
    await tick();
    expect(s.written).toEqual([]);
    void pending;
  });
});
