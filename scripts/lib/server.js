// A small static file server for the demo and the benchmarks: 127.0.0.1 only, GET and HEAD
// only, no directory listing, and the strict Content-Security-Policy the widgets promise to
// work under, sent as a response header.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `mounts` ({ '/': 'demo', '/dist/': 'dist' }: URL prefix to folder). Longest prefix wins.
 * `onRequest(req, res)`, if given, hears of every request before it is answered (the trust
 * suite's request log). Resolves with the listening server and its base address.
 */
export function startServer({
  mounts,
  port = 0,
  host = '127.0.0.1',
  headers = {},
  onRequest = undefined,
}) {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);

  const server = createServer((req, res) => {
    onRequest?.(req, res);
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders() });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad request');
    }
    const mount = table.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) return send(404, 'Not found');
    const [prefix, dir] = mount;
    let file = normalize(join(dir, pathname.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return send(403, 'Forbidden');
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        file = join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      return send(404, 'Not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-store',
      ...securityHeaders(),
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });

  function securityHeaders() {
    return {
      'content-security-policy': STRICT_CSP,
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'permissions-policy': 'interest-cohort=(), browsing-topics=()',
      ...headers,
    };
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://${host}:${actual}/` });
    });
  });
}
