/**
 * Serves a built site folder over HTTP on 127.0.0.1 (a random free port) so
 * that Chromium loads pages exactly as a reader's browser does: absolute
 * asset URLs, the site's base path, styles and fonts. Nothing leaves the
 * machine: the server listens on the loopback address only.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

export interface ServedFolder {
  /** The URL of the folder's root, ending in the base path (for example http://127.0.0.1:41234/). */
  url: string;
  close(): Promise<void>;
}

/** The file a request path names inside `root`, or undefined when it lies outside (`..`) or under another base. */
function fileFor(root: string, base: string, requestPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(requestPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (!path.startsWith(base)) return undefined;
  const file = normalize(join(root, path.slice(base.length)));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

async function existingFile(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return existingFile(join(file, 'index.html'));
  return undefined;
}

/** `base` is the site's base path (Astro's `base`, for example `/` or `/tandem/`). */
export async function serveFolder(folder: string, base = '/'): Promise<ServedFolder> {
  const root = resolve(folder);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const server: Server = createServer((request, response) => {
    const candidate = fileFor(root, prefix, request.url ?? '/');
    void (candidate ? existingFile(candidate) : Promise.resolve(undefined)).then((file) => {
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
