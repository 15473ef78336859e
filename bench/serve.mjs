import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.csv', '.svg', '.json']);

/** gzip as a static host sends it (zlib's default level); the sizes the report counts. */
export const gzipSize = (bytes) => gzipSync(bytes).length;

function fileFor(root, extra, url) {
  const path = decodeURIComponent(new URL(url, 'http://x').pathname);
  if (extra[path]) return extra[path];
  const candidate = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  try {
    if (statSync(candidate).isFile()) return candidate;
  } catch {
    // not a file: the SPA's index.html below
  }
  return join(root, 'index.html');
}

/**
 * A tiny static server for a build: gzip like any production host, index.html for unknown paths,
 * and a log of every request with its time, to tell what the browser fetched before a moment.
 */
/** Port 0 takes any free port. */
export function serve(root, port, extra = {}) {
  const cache = new Map();
  const log = [];
  const server = createServer((request, response) => {
    const file = fileFor(root, extra, request.url ?? '/');
    const type = extname(file);
    if (!cache.has(file)) {
      const raw = readFileSync(file);
      cache.set(file, { raw, gzip: COMPRESSIBLE.has(type) ? gzipSync(raw) : undefined });
    }
    const { raw, gzip } = cache.get(file);
    const useGzip = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = useGzip ? gzip : raw;
    log.push({ at: Date.now(), path: new URL(request.url ?? '/', 'http://x').pathname, type, bytes: body.length, gzipBytes: gzip?.length ?? raw.length });
    response.writeHead(200, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': type === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
      ...(useGzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        log,
        close: () => new Promise((done) => server.close(done)),
      }),
    );
  });
}
