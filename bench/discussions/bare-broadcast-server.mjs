// Bare baseline for bench/discussions/fanout.mjs: a `ws` server and node:http, no framework.
// POST /post with a JSON body { payload } broadcasts the payload text to every connected client,
// then answers 200, as the app answers a mutation after publishing. Env: PORT, HOST.
import http from 'node:http';
import { WebSocketServer } from 'ws';

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
    for (const c of wss.clients) c.send(payload);
    res.setHeader('content-type', 'application/json');
    res.end('{"ok":true}');
  });
});
const wss = new WebSocketServer({ server });
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
const stop = () => {
  for (const c of wss.clients) c.terminate();
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
