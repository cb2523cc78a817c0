/**
 * Serves a built site folder on 127.0.0.1 (random port) the way a static host
 * does: index.html for folder URLs, redirects for folders without a trailing
 * slash, the site's 404.html with status 404 for anything missing.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  // pagefind's index fragments are gzip data it decompresses itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  /** The site's origin, for example http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  /** Every path requested, in order (for asserting what a page loaded). */
  requests: string[];
  close(): Promise<void>;
}

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

async function fileAt(path: string) {
  return stat(path).then((info) => info, () => undefined);
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      requests.push(url.pathname);
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        response.writeHead(400).end();
        return;
      }
      const path = normalize(join(root, pathname));
      if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) {
        response.writeHead(403).end();
        return;
      }
      const info = await fileAt(path);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        const index = join(path, 'index.html');
        if (await fileAt(index)) {
          response.writeHead(200, { 'content-type': contentTypeOf(index) });
          createReadStream(index).pipe(response);
          return;
        }
      } else if (info?.isFile()) {
        response.writeHead(200, { 'content-type': contentTypeOf(path), 'content-length': info.size });
        createReadStream(path).pipe(response);
        return;
      }
      const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
