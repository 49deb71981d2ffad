/**
 * A small static file server for the built site: `npm start` uses it, and so do the browser
 * tests (on port 0). It serves `dist/` under the configured base path, as a static host would.
 */
// Not sirv: it has no base path, no on-the-fly gzip, no 404 page with status 404 and the same unguarded read stream, so we would keep this code and gain a dependency.
import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { createServer, validateHeaderName, validateHeaderValue, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
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

/** One block of a `_headers` file: a path ("/*", "/_astro/*" or an exact path) and its headers. */
interface HeaderRule {
  matches(path: string): boolean;
  headers: [string, string][];
}

/** The blocks of the site's `_headers` file, in order; every block whose path matches applies, as on Netlify. */
async function siteHeaders(root: string): Promise<HeaderRule[]> {
  // A CRLF checkout must not silently drop the security headers.
  const text = (await readFile(join(root, '_headers'), 'utf8').catch(() => '')).replace(/\r\n/g, '\n');
  return [...text.matchAll(/^(\/\S*)\n((?:[ \t]+.+\n?)*)/gm)].map(([, pattern, block]) => {
    const headers = block!
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()] as [string, string]);
    // Checked once here, so a bad line stops the start instead of failing every request.
    for (const [name, value] of headers) {
      validateHeaderName(name);
      validateHeaderValue(name, value);
    }
    const prefix = pattern!.endsWith('*') ? pattern!.slice(0, -1) : undefined;
    return { headers, matches: (path: string) => (prefix === undefined ? path === pattern : path.startsWith(prefix)) };
  });
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

/** The decoded path, or undefined when it cannot name a file (bad percent-encoding, NUL). */
function decodePath(rawPath: string): string | undefined {
  try {
    const path = decodeURIComponent(rawPath);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

/** Opens the file and checks it still is one: it may have gone or changed since the lookup (a rebuild). */
async function openFile(path: string): Promise<{ handle: FileHandle; size: number } | undefined> {
  const handle = await open(path, 'r').catch(() => undefined);
  const info = await handle?.stat().catch(() => undefined);
  if (handle && info?.isFile()) return { handle, size: info.size };
  await handle?.close().catch(() => {});
  return undefined;
}

function answer(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

export async function serveStatic({
  root,
  port = 0,
  host = '127.0.0.1',
  base = '/',
  onServed,
  compress = false,
  headers = false,
}: ServeOptions): Promise<StaticServer> {
  const rootDir = resolve(root);
  // Always "/" or "/sub/": redirects are built on it and must stay on this origin.
  const baseSegments = base.split('/').filter(Boolean).join('/');
  const basePath = baseSegments ? `/${baseSegments}/` : '/';
  const headerRules = headers ? await siteHeaders(rootDir) : [];
  const server = createServer((req, res) => {
    // On every answer, redirects and errors included, as a host applying _headers does.
    const sitePath = `/${(req.url ?? '/').split('?')[0]!.slice(basePath.length)}`;
    for (const rule of headerRules) if (rule.matches(sitePath)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      answer(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
      return;
    }
    const gzip = compress && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    // A failure gets an error response; it must never take the server down.
    respond(req.url ?? '/', req.method === 'HEAD', gzip, res).catch(() => {
      if (res.headersSent) res.destroy();
      else answer(res, 500, 'Internal server error');
    });
  });

  /** The URL path of a directory under the root, built from the file system rather than echoing the request. */
  function directoryUrl(dir: string): string {
    const path = relative(rootDir, dir).split(sep).filter(Boolean).map(encodeURIComponent).join('/');
    return path ? `${basePath}${path}/` : basePath;
  }

  async function respond(rawUrl: string, headOnly: boolean, gzip: boolean, res: ServerResponse): Promise<void> {
    const queryAt = rawUrl.indexOf('?');
    const rawPath = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = queryAt < 0 ? '' : rawUrl.slice(queryAt);
    const requested = decodePath(rawPath);
    if (requested === undefined) return answer(res, 400, 'Bad request');
    if (!requested.startsWith(basePath)) return answer(res, 404, 'Not under the base path');
    const target = normalize(join(rootDir, '/' + requested.slice(basePath.length)));
    if (target !== rootDir && !target.startsWith(rootDir + sep)) return answer(res, 403, 'Forbidden');
    // A directory URL without its trailing slash redirects, as static hosts do.
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory() && !rawPath.endsWith('/')) {
      res.writeHead(301, { location: directoryUrl(target) + query }).end();
      return;
    }
    const found = await fileAt(target);
    // Hosts read _headers; they never serve it.
    const file = found && relative(rootDir, found).toLowerCase() !== '_headers' ? found : undefined;
    const body = file ?? (await fileAt(join(rootDir, '404.html')));
    if (!body) return answer(res, 404, 'Not found');
    onServed?.(body);
    // Opened before the status is sent, so a file that is gone or unreadable (EMFILE) gets a 500, not a broken 200.
    const opened = await openFile(body);
    if (!opened) return answer(res, 500, 'Could not read the file');
    const type = extname(body);
    const compressed = gzip && COMPRESSIBLE.has(type);
    res.writeHead(file ? 200 : 404, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      ...(compress && COMPRESSIBLE.has(type) ? { vary: 'accept-encoding' } : {}),
      ...(compressed ? { 'content-encoding': 'gzip' } : { 'content-length': String(opened.size) }),
    });
    if (headOnly) {
      await opened.handle.close();
      res.end();
      return;
    }
    // pipeline, unlike pipe, closes the file if the read fails or the client leaves, so descriptors do not leak.
    const source = opened.handle.createReadStream();
    await (compressed ? pipeline(source, createGzip({ level: 9 }), res) : pipeline(source, res)).catch(() => res.destroy());
  }

  await new Promise<void>((done) => server.listen(port, host, done));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${actualPort}${basePath}`,
    close: () => new Promise<void>((done, fail) => server.close((err) => (err ? fail(err) : done()))),
  };
}

if (import.meta.main) {
  const { BASE_PATH, OUT_DIR } = await import('../../src/site.config.ts');
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serveStatic({ root: OUT_DIR, port, base: BASE_PATH, compress: true, headers: true });
  console.log(`Briefing Room is being served at ${url}  (Ctrl+C to stop)`);
}
