import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/serve';

let server: StaticServer;

/** A raw GET, so paths like "//" reach the server unnormalised. */
function get(path: string): Promise<{ status: number; location?: string; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'serve-'));
  await mkdir(join(root, 'page'));
  await writeFile(join(root, 'index.html'), 'home');
  await writeFile(join(root, 'page', 'index.html'), 'page');
  await writeFile(join(root, '404.html'), 'not found page');
  server = await serveStatic({ root, base: '/sub/' });
});
afterAll(() => server.close());

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
    expect((await get('/sub/../../etc/passwd')).status).toBe(403);
    expect(await get('/sub/')).toMatchObject({ status: 200, body: 'home' });
  });
});
