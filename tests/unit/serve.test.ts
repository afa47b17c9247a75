import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../setup/paths.ts';
import { serveSite, type StaticServer } from '../setup/serve.ts';

/** A raw GET, with the path sent exactly as written (fetch would normalise it). */
function get(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the test and bench server stays inside its folder', () => {
  const dir = join(scratchDir, 'serve-confinement');
  let server: StaticServer;

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'site'), { recursive: true });
    writeFileSync(join(dir, 'site', 'index.html'), '<p>home</p>');
    writeFileSync(join(dir, 'secret.txt'), 'a secret next to the site');
    server = await serveSite(join(dir, 'site'));
  });

  afterAll(() => server?.close());

  it('serves the site', async () => {
    expect(await get(server.url, '/')).toEqual({ status: 200, body: '<p>home</p>' });
  });

  it.each([
    '/..%2fsecret.txt',
    '/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%E0%A4%A',
    '/a%00b',
  ])('refuses %s', async (path) => {
    const { status, body } = await get(server.url, path);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(body).not.toMatch(/secret|root:/);
  });
});
