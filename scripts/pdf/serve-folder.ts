/**
 * Serves a built site folder over HTTP on 127.0.0.1 (a random free port) the
 * way a static host does, so that Chromium loads pages exactly as a reader's
 * browser does: absolute asset URLs under the site's base path, index.html for
 * folder URLs, a redirect for a folder URL without its trailing slash, and the
 * site's own 404.html (status 404) for anything missing. `npm run forms:pdf`
 * prints from it and the browser tests read the site through it. Nothing
 * leaves the machine: the server listens on the loopback address only.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
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
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  // pagefind's index fragments are gzip data it decompresses itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface ServedFolder {
  /** The URL of the folder's root, ending in the base path (for example http://127.0.0.1:41234/ or …/tandem/). */
  url: string;
  /** The server's origin, without a trailing slash (for example http://127.0.0.1:41234). */
  origin: string;
  close(): Promise<void>;
}

/** The file a request path names inside `root`, or undefined when it lies outside (`..`) or under another base. */
function fileFor(root: string, base: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith(base)) return undefined;
  const file = normalize(join(root, path.slice(base.length)));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

type Found = { kind: 'file'; file: string; size: number } | { kind: 'redirect' } | { kind: 'missing' };

async function lookUp(file: string | undefined, pathname: string): Promise<Found> {
  if (!file) return { kind: 'missing' };
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return { kind: 'file', file, size: info.size };
  if (!info?.isDirectory()) return { kind: 'missing' };
  const index = join(file, 'index.html');
  const indexInfo = await stat(index).catch(() => undefined);
  if (!indexInfo?.isFile()) return { kind: 'missing' };
  return pathname.endsWith('/') ? { kind: 'file', file: index, size: indexInfo.size } : { kind: 'redirect' };
}

async function answer(response: ServerResponse, root: string, base: string, requestUrl: string): Promise<void> {
  const url = new URL(requestUrl, 'http://localhost');
  const found = await lookUp(fileFor(root, base, url.pathname), url.pathname);
  if (found.kind === 'file') {
    response.writeHead(200, { 'content-type': contentTypeOf(found.file), 'content-length': found.size });
    // A file removed between stat and read (a rebuild under way) ends this response, not the process.
    createReadStream(found.file)
      .on('error', () => response.destroy())
      .pipe(response);
  } else if (found.kind === 'redirect') {
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
  } else {
    const notFound = await readFile(join(root, '404.html')).catch(() => undefined);
    if (notFound) response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}

/** `base` is the site's base path (Astro's `base`, for example `/` or `/tandem/`). */
export async function serveFolder(folder: string, base = '/'): Promise<ServedFolder> {
  const root = resolve(folder);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const server: Server = createServer((request, response) => {
    answer(response, root, prefix, request.url ?? '/').catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () =>
      new Promise<void>((done, fail) => {
        // Browsers keep connections open; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
