// Bare baseline for bench/discussions/fanout.mjs: a `ws` server and node:http, no framework.
// POST /post with a JSON body { payload } broadcasts the payload text to every connected client,
// then answers 200, as the app answers a mutation after publishing. Env: PORT, HOST.
//
// A client that asks for the `graphql-transport-ws` subprotocol (the graphql-ws library's client)
// gets the least of that protocol: `connection_ack` for its `connection_init`, and for each
// subscription it starts, every payload wrapped as the `next` message graphql-ws sends
// (`{"id":…,"type":"next","payload":…}`). No document is parsed or executed: the payload is the
// answer. So the same client can subscribe to the app and to this server, and what differs is the
// server. Any other client gets the payload text as it is.
import http from 'node:http';
import { WebSocketServer } from 'ws';

const PROTOCOL = 'graphql-transport-ws';
/** Per graphql-ws client: the start of a `next` message of each of its subscriptions. */
const prefixes = new Map();

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/ready') return res.end('ready');
  if (req.method !== 'POST' || req.url !== '/post') {
    res.statusCode = 404;
    return res.end();
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const { payload } = JSON.parse(Buffer.concat(chunks).toString());
    for (const c of wss.clients) {
      const subscriptions = prefixes.get(c);
      if (!subscriptions) c.send(payload);
      else for (const prefix of subscriptions.values()) c.send(`${prefix}${payload}}`);
    }
    res.setHeader('content-type', 'application/json');
    res.end('{"ok":true}');
  });
});
const wss = new WebSocketServer({ server, handleProtocols: (protocols) => (protocols.has(PROTOCOL) ? PROTOCOL : false) });
wss.on('connection', (ws) => {
  if (ws.protocol !== PROTOCOL) return;
  const subscriptions = new Map();
  prefixes.set(ws, subscriptions);
  ws.on('close', () => prefixes.delete(ws));
  ws.on('message', (data) => {
    const m = JSON.parse(data.toString());
    if (m.type === 'connection_init') ws.send('{"type":"connection_ack"}');
    else if (m.type === 'subscribe') subscriptions.set(m.id, `{"id":${JSON.stringify(m.id)},"type":"next","payload":`);
    else if (m.type === 'complete') subscriptions.delete(m.id);
    else if (m.type === 'ping') ws.send('{"type":"pong"}');
  });
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
const stop = () => {
  for (const c of wss.clients) c.terminate();
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
