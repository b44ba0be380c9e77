/**
 * A tiny static server for one test, whose folder can be switched while it runs ("deploying" a new
 * build). Same fallbacks as `vite preview` with the prerender plugin and as static hosts:
 * /path/ → /path/index.html, /path → /path.html or /path/index.html, anything else → /404.html (404).
 * Pages and sw.js are sent with `Cache-Control: no-cache`, as public/_headers asks of a host.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** http://localhost:<port> */
  base: string;
  /** Serves another folder from now on. */
  serve(dir: string): void;
  /** Requests received, as paths with their query. */
  readonly log: string[];
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

export async function startStaticServer(port: number, dir: string): Promise<StaticServer> {
  let folder = resolve(dir);
  const log: string[] = [];

  /** The file for a URL path, or undefined (never outside the folder). */
  async function find(pathname: string): Promise<string | undefined> {
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    const base = normalize(join(folder, path));
    if (base !== folder && !base.startsWith(folder + sep)) return undefined;
    const candidates = path.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
    for (const c of candidates) if (await isFile(c)) return c;
    return undefined;
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    log.push(url.pathname + url.search);
    void (async () => {
      const file = await find(url.pathname);
      const body = await readFile(file ?? join(folder, '404.html'));
      const type = TYPES[extname(file ?? '.html')] ?? 'application/octet-stream';
      const hashed = file !== undefined && /[\\/]assets[\\/]|workbox-[0-9a-f]+\.js$/.test(file);
      res.writeHead(file ? 200 : 404, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  return {
    base: `http://localhost:${port}`,
    serve: (next) => void (folder = resolve(next)),
    log,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
