// A static server for the fixture pages on 127.0.0.1 (node:http only). Used by `npm start`, the
// end-to-end tests and the browser benchmark. `extra` maps a path to generated HTML (benchmark pages).
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const PAGES_DIR = path.resolve(import.meta.dirname, '../../fixtures/pages');

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8' };

/**
 * @param {{ root?: string, port?: number, extra?: Map<string, string> }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function servePages({ root = PAGES_DIR, port = 0, extra = new Map() } = {}) {
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const generated = extra.get(pathname);
    if (generated !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(generated);
      return;
    }
    const file = path.resolve(root, '.' + decodeURIComponent(pathname === '/' ? '/demo.html' : pathname));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
