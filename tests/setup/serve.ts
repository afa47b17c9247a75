import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileFor } from './site.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** The decoded path of a request, or undefined if it is malformed (a bad %-escape or a NUL byte). */
function sitePathOf(requestUrl: string): string | undefined {
  try {
    const path = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Serves a built site on loopback the way a static host does: `/x/` → `/x/index.html`, 404.html otherwise. */
export async function serveSite(siteDir: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = sitePathOf(request.url ?? '/');
    // Encoded dots and slashes (`/..%2f..%2fetc%2fpasswd`) must not reach a file outside the site.
    if (path === undefined || !isInside(siteDir, resolve(siteDir, `.${path}`))) {
      response.writeHead(400).end();
      return;
    }
    if (!path.endsWith('/') && !extname(path) && fileFor(siteDir, `${path}/`)) {
      response.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const file = fileFor(siteDir, path);
    const status = file ? 200 : 404;
    const served = file ?? fileFor(siteDir, '/404.html');
    if (!served) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(status, { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream', ...headers });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
