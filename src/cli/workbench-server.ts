// The local server of `fairlode workbench`: it serves the built workbench's files, and nothing
// else, to this machine only. Static files only: no directory listings, no paths outside the
// folder (`..`, encoded or not, and symbolic links that lead out are refused), only GET and HEAD,
// and only requests addressed to the loopback host (a page on another site cannot reach it
// through a DNS name that points here).
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, sep } from 'node:path';

/** The content type of each kind of file the workbench is made of. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The only interface the workbench server listens on. */
export const LOOPBACK = '127.0.0.1';

/** A running workbench server. */
export interface WorkbenchServer {
  /** Its address, e.g. `http://127.0.0.1:4173/`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** Stops it. */
  close(): Promise<void>;
}

function refuse(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(`${text}\n`);
}

/** The file a request path names inside `root` (real path), or undefined when it names none there. */
async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return undefined;
  const wanted = join(root, ...parts);
  try {
    let real = await realpath(wanted);
    let info = await stat(real);
    if (info.isDirectory()) {
      real = await realpath(join(real, 'index.html'));
      info = await stat(real);
    }
    if (!info.isFile() || (real !== root && !real.startsWith(root + sep))) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

function allowedHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

/**
 * Serves the files under `root` on 127.0.0.1 (`port` 0 picks a free one).
 *
 * @example
 * ```ts
 * const server = await serveWorkbench('dist/workbench', 0);
 * console.log(server.url);
 * await server.close();
 * ```
 */
export async function serveWorkbench(root: string, port: number): Promise<WorkbenchServer> {
  const realRoot = await realpath(root);
  let bound = port;
  const server = createServer((req, res) => {
    void (async () => {
      if (!allowedHost(req, bound)) return refuse(res, 421, 'This server answers only to 127.0.0.1 and localhost.');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        return refuse(res, 405, 'Only GET and HEAD.');
      }
      const urlPath = (req.url ?? '/').split(/[?#]/)[0]!;
      const file = await fileFor(realRoot, urlPath);
      if (file === undefined) return refuse(res, 404, 'Not found.');
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    })().catch(() => refuse(res, 500, 'The file could not be read.'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => resolve());
  });
  bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${LOOPBACK}:${bound}/`,
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
