/** Reads the production build: files, gzip sizes, the service worker's precache list. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = resolve(process.cwd(), 'dist');

if (!existsSync(join(DIST, 'sw.js'))) throw new Error('dist/ has no build: run `npm run build` first');

export const read = (file: string) => readFileSync(join(DIST, file));
export const gz = (file: string) => gzipSync(read(file), { level: 9 }).length;
export const KB = 1024;

/** The URLs the service worker precaches (workbox manifest inside dist/sw.js). */
export function precached(): string[] {
  const sw = read('sw.js').toString();
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''));
}

/** The CSS (print style sheets excepted: they never block a paint) and entry script an HTML page loads. */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)]
    .filter((m) => !m[0].includes('media="print"'))
    .map((m) => /href="\/([^"]+)"/.exec(m[0])![1]!);
  const js = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g)].map((m) => m[1]!);
  return { css, js };
}
