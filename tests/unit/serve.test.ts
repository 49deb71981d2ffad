import { mkdirSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/build/serve';

let server: StaticServer;
const others: StaticServer[] = [];

interface Answer {
  status: number;
  location?: string;
  headers: IncomingHttpHeaders;
  body: string;
  raw: Buffer;
}

/** A raw request, so paths like "//" reach the server unnormalised. */
function get(path: string, options: { on?: StaticServer; method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const { port } = new URL((options.on ?? server).url);
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        done({ status: res.statusCode ?? 0, location: res.headers.location, headers: res.headers, body: raw.toString(), raw });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

/** A site root with these files ("dir/" makes a directory). */
async function site(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'serve-'));
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('/')) await mkdir(join(root, name), { recursive: true });
    else await writeFile(join(root, name), text);
  }
  return root;
}

async function serve(options: Parameters<typeof serveStatic>[0]): Promise<StaticServer> {
  const started = await serveStatic(options);
  others.push(started);
  return started;
}

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'serve-'));
  await mkdir(join(root, 'page'));
  await writeFile(join(root, 'index.html'), 'home');
  await writeFile(join(root, 'page', 'index.html'), 'page');
  await writeFile(join(root, '404.html'), 'not found page');
  server = await serveStatic({ root, base: '/sub/' });
});
afterAll(() => Promise.all([server, ...others].map((s) => s.close())));

describe('static server', () => {
  it('serves pages under the base path, as a static host would', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
    expect(await get('/sub/')).toMatchObject({ status: 200, body: 'home' });
    expect(await get('/sub/page/')).toMatchObject({ status: 200, body: 'page' });
    expect(await get('/sub/page?q=1')).toMatchObject({ status: 301, location: '/sub/page/?q=1' });
    expect(await get('/sub/missing/')).toMatchObject({ status: 404, body: 'not found page' });
    expect((await get('/page/')).status).toBe(404);
  });

  it('answers bad requests with an error and keeps running', async () => {
    expect((await get('//')).status).toBe(404);
    expect((await get('/sub/%E0%A4%A')).status).toBe(400);
    expect((await get('/sub/%00')).status).toBe(400);
    expect((await get('/sub/../../etc/passwd')).status).toBe(403);
    expect((await get('/sub/..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect(await get('/sub/')).toMatchObject({ status: 200, body: 'home' });
  });

  it('answers 500 when a file goes between lookup and read (a rebuild), and keeps running', async () => {
    // onServed runs once the file is chosen, before it is read: the window a rebuild can hit.
    const root = await site({ 'index.html': 'home', 'removed.txt': 'x', 'replaced.txt': 'x' });
    const racing = await serve({
      root,
      onServed: (file) => {
        if (basename(file) === 'index.html') return;
        rmSync(file);
        if (basename(file) === 'replaced.txt') mkdirSync(file);
      },
    });
    expect((await get('/removed.txt', { on: racing })).status).toBe(500);
    expect((await get('/replaced.txt', { on: racing })).status).toBe(500);
    expect(await get('/', { on: racing })).toMatchObject({ status: 200, body: 'home' });
  });

  it('redirects only to paths on its own origin', async () => {
    const root = await site({ 'briefings/': '', 'briefings/index.html': 'briefings' });
    const atRoot = await serve({ root });
    for (const path of ['//evil.com/..%2fbriefings', '/\\evil.com/..%2fbriefings', '///briefings', '/%2f/briefings']) {
      expect(await get(path, { on: atRoot }), path).toMatchObject({ status: 301, location: '/briefings/' });
    }
    expect(await get('/briefings?q=a?b', { on: atRoot })).toMatchObject({ status: 301, location: '/briefings/?q=a?b' });
    expect(await get('/sub//page?q=1')).toMatchObject({ status: 301, location: '/sub/page/?q=1' });
  });

  it('sends the _headers "/*" block on every answer, and never the _headers file', async () => {
    const root = await site({ 'index.html': 'home', 'dir/': '', gone: 'x', _headers: '/*\r\n  X-Frame-Options: DENY\r\n  X-Test: on\r\n' });
    const withHeaders = await serve({ root, headers: true, onServed: (file) => basename(file) === 'gone' && rmSync(file) });
    const answers = {
      200: await get('/', { on: withHeaders }),
      301: await get('/dir', { on: withHeaders }),
      400: await get('/%E0%A4%A', { on: withHeaders }),
      403: await get('/..%2f..%2fetc', { on: withHeaders }),
      404: await get('/missing', { on: withHeaders }),
      405: await get('/', { on: withHeaders, method: 'POST' }),
      500: await get('/gone', { on: withHeaders }),
    };
    for (const [status, { status: actual, headers }] of Object.entries(answers)) {
      expect([actual, headers['x-frame-options'], headers['x-test']], status).toEqual([Number(status), 'DENY', 'on']);
    }
    for (const path of ['/_headers', '/_HEADERS', '/dir/../_headers']) {
      const hidden = await get(path, { on: withHeaders });
      expect([hidden.status, hidden.body], path).toEqual([404, 'Not found']);
    }
  });

  it('adds the headers of every other _headers block whose path matches, as hosts do', async () => {
    const root = await site({
      'index.html': 'home',
      '_astro/': '',
      '_astro/a.js': 'code',
      _headers: '/*\n  X-Test: on\n/_astro/*\n  Cache-Control: immutable\n/index.html\n  X-Exact: yes\n',
    });
    const withHeaders = await serve({ root, headers: true });
    const script = await get('/_astro/a.js', { on: withHeaders });
    expect([script.headers['x-test'], script.headers['cache-control'], script.headers['x-exact']]).toEqual(['on', 'immutable', undefined]);
    const page = await get('/', { on: withHeaders });
    expect([page.headers['x-test'], page.headers['cache-control']]).toEqual(['on', undefined]);
    expect((await get('/index.html', { on: withHeaders })).headers['x-exact']).toBe('yes');
  });

  it('answers methods other than GET and HEAD with 405 and the methods it allows', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const refused = await get('/sub/', { method });
      expect([refused.status, refused.headers.allow], method).toEqual([405, 'GET, HEAD']);
    }
    expect(await get('/sub/', { method: 'HEAD' })).toMatchObject({ status: 200, body: '', headers: { 'content-length': '4' } });
  });

  it('gzips text for clients that accept it', async () => {
    const zipping = await serve({ root: await site({ 'index.html': 'home '.repeat(100) }), compress: true });
    const zipped = await get('/', { on: zipping, headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'accept-encoding' });
    expect(gunzipSync(zipped.raw).toString()).toBe('home '.repeat(100));
    expect(await get('/', { on: zipping })).toMatchObject({ status: 200, body: 'home '.repeat(100) });
  });
});
