/**
 * Serves a built site as Netlify or Cloudflare Pages would: static files, `404.html` for unknown paths,
 * and the headers `dist/_headers` gives each path, the Content-Security-Policy among them. `astro
 * preview` sends none of them, so only here do pages and feeds run under the header's policy.
 *
 *   node tests/support/serve-with-headers.ts <dist> <port> [base]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeaders } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function serveWithHeaders(folder: string, port: number, base = '/'): Promise<() => void> {
  const dist = resolve(folder);
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inside = path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
    let file = inside === undefined ? undefined : join(dist, normalize(inside));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== undefined && file.startsWith(dist) && existsSync(file);
    const served = found ? file! : join(dist, '404.html');
    response.statusCode = found ? 200 : 404;
    response.setHeader('content-type', TYPES[extname(served)] ?? 'application/octet-stream');
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
    response.end(readFileSync(served));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(() => server.close())));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [dist, port, base] = process.argv.slice(2);
  if (!dist || !port) throw new Error('usage: serve-with-headers.ts <dist> <port> [base]');
  await serveWithHeaders(dist, Number(port), base);
}
