/**
 * A small static file server for the built site: `npm start` uses it, and so do the browser
 * tests (on port 0). It serves `dist/` under the configured base path, as a static host would.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  server: Server;
  /** Origin plus base path, e.g. "http://127.0.0.1:4321/". */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  root: string;
  port?: number;
  host?: string;
  /** Base path the site was built for ("/" or "/sub/"). */
  base?: string;
  /** Told of every file served, e.g. to count the bytes a page really fetches (workers included). */
  onServed?: (file: string) => void;
  /** Gzip text responses for clients that accept it, as static hosts and CDNs do. */
  compress?: boolean;
  /** Send the headers of the site's _headers file (the "/*" block), as hosts that read it do. */
  headers?: boolean;
}

/** The headers a `_headers` file sets for every path ("/*"); other path rules are not needed here. */
async function siteHeaders(root: string): Promise<Record<string, string>> {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const block = /^\/\*\n((?:[ \t]+.+\n?)*)/m.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    // Not there: the caller answers 404.
  }
  return undefined;
}

export async function serveStatic({ root, port = 0, host = '127.0.0.1', base = '/', onServed, compress = false, headers = false }: ServeOptions): Promise<StaticServer> {
  const rootDir = resolve(root);
  const extraHeaders = headers ? await siteHeaders(rootDir) : {};
  const server = createServer((req, res) => {
    // A bad request gets an error response; it must never take the server down.
    const gzip = compress && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    respond(req.url ?? '/', req.method === 'HEAD', gzip, res).catch(() => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('Bad request');
    });
  });

  async function respond(rawUrl: string, headOnly: boolean, gzip: boolean, res: ServerResponse): Promise<void> {
    const [rawPath = '/', query = ''] = rawUrl.split('?', 2);
    const requested = decodeURIComponent(rawPath);
    if (!requested.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not under the base path');
      return;
    }
    const target = normalize(join(rootDir, '/' + requested.slice(base.length)));
    if (target !== rootDir && !target.startsWith(rootDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    // A directory URL without its trailing slash redirects, as static hosts do.
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory() && !rawPath.endsWith('/')) {
      res.writeHead(301, { location: `${rawPath}/${query ? `?${query}` : ''}` }).end();
      return;
    }
    const file = await fileAt(target);
    const body = file ?? (await fileAt(join(rootDir, '404.html')));
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const compressed = gzip && COMPRESSIBLE.has(extname(body));
    res.writeHead(file ? 200 : 404, {
      ...extraHeaders,
      'content-type': TYPES[extname(body)] ?? 'application/octet-stream',
      ...(compressed ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    onServed?.(body);
    if (headOnly) res.end();
    else if (compressed) createReadStream(body).pipe(createGzip({ level: 9 })).pipe(res);
    else createReadStream(body).pipe(res);
  }

  await new Promise<void>((done) => server.listen(port, host, done));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${actualPort}${base}`,
    close: () => new Promise<void>((done, fail) => server.close((err) => (err ? fail(err) : done()))),
  };
}

if (import.meta.main) {
  const { BASE_PATH, OUT_DIR } = await import('../src/site.config.ts');
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serveStatic({ root: OUT_DIR, port, base: BASE_PATH, compress: true, headers: true });
  console.log(`Briefing Room is being served at ${url}  (Ctrl+C to stop)`);
}
