import type { IncomingMessage } from 'node:http';
import { takesDirectly } from './graphql-http.js';

const LIMIT = 2 * 1024 * 1024;
const req = (o: { method?: string; url?: string; headers?: Record<string, string> } = {}) => ({
  method: o.method ?? 'POST',
  url: o.url ?? '/graphql',
  headers: { 'content-type': 'application/json', 'content-length': '120', ...o.headers },
}) as unknown as IncomingMessage;

describe('which requests go straight to Apollo', () => {
  it('takes a JSON POST to /graphql of a declared length within the limit', () => {
    expect(takesDirectly(req(), LIMIT)).toBe(true);
    expect(takesDirectly(req({ url: '/graphql?op=Thread' }), LIMIT)).toBe(true);
    expect(takesDirectly(req({ headers: { 'content-type': 'application/json; charset=utf-8' } }), LIMIT)).toBe(true);
    expect(takesDirectly(req({ headers: { 'content-type': 'Application/JSON; charset="UTF-8"' } }), LIMIT)).toBe(true);
    expect(takesDirectly(req({ headers: { 'content-length': String(LIMIT) } }), LIMIT)).toBe(true);
  });

  it('leaves everything else to Express', () => {
    for (const r of [
      req({ method: 'GET' }),
      req({ url: '/graphql/extra' }),
      req({ url: '/graphqlx' }),
      req({ url: '/health' }),
      req({ headers: { 'content-type': 'text/plain' } }),
      req({ headers: { 'content-type': 'application/json; charset=latin1' } }),
      req({ headers: { 'content-type': 'application/json; boundary=x' } }),
      // Malformed parameters are Express's to refuse (and must not throw here, in the server's request listener).
      req({ headers: { 'content-type': 'application/json; charset' } }),
      req({ headers: { 'content-type': 'application/json;' } }),
      req({ headers: { 'content-encoding': 'gzip' } }),
      req({ headers: { 'content-length': String(LIMIT + 1) } }),
      req({ headers: { 'content-length': '12abc' } }),
      req({ headers: { 'transfer-encoding': 'chunked' } }),
    ]) {
      expect(takesDirectly(r, LIMIT)).toBe(false);
    }
    const chunked = req();
    delete chunked.headers['content-length'];
    expect(takesDirectly(chunked, LIMIT)).toBe(false);
  });
});
