import { EventEmitter } from 'node:events';
import type { GraphQLRequestContext } from '@apollo/server';
import type { GqlContext } from './context.js';
import { releaseAfterResponse } from './graphql.config.js';

// What an operation's objects hold once its HTTP answer has gone out (see releaseAfterResponse).
function operation(res?: EventEmitter) {
  const contextValue = { viewer: { user: { id: 'u' } }, loaders: { threads: {} }, requestId: 'r', res, req: {} };
  const request = { query: '{ thread(id: "t") { title } }', variables: { id: 't' }, http: { method: 'POST' } };
  const response = { http: { status: 200, headers: new Map() }, body: { kind: 'single', singleResult: { data: { thread: { title: 'Vraag' } } } } };
  return { contextValue, request, response } as unknown as GraphQLRequestContext<GqlContext>;
}

describe('an operation lets go of its data once the answer is out', () => {
  it('keeps everything while the answer is being written and empties it on close', async () => {
    const res = new EventEmitter();
    const op = operation(res);
    await releaseAfterResponse().requestDidStart!(op);
    expect(op.contextValue.loaders).toBeDefined();
    expect(op.response.body).toBeDefined();
    res.emit('close');
    expect(Object.values(op.contextValue).every((v) => v === undefined)).toBe(true);
    expect(Object.values(op.request).every((v) => v === undefined)).toBe(true);
    expect(Object.values(op.response).every((v) => v === undefined)).toBe(true);
    expect(res.listenerCount('close')).toBe(0);
  });

  it('empties every operation of a batch, with one listener on the response', async () => {
    const res = new EventEmitter();
    const plugin = releaseAfterResponse();
    const ops = [operation(res), operation(res), operation(res)];
    for (const op of ops) await plugin.requestDidStart!(op);
    expect(res.listenerCount('close')).toBe(1);
    res.emit('close');
    for (const op of ops) expect([op.contextValue.loaders, op.request.query, op.response.body]).toEqual([undefined, undefined, undefined]);
  });

  it('leaves a WebSocket operation (no HTTP response) alone', async () => {
    const op = operation();
    await releaseAfterResponse().requestDidStart!(op);
    expect(op.contextValue.loaders).toBeDefined();
    expect(op.request.variables).toEqual({ id: 't' });
  });
});
