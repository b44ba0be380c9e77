/** Reads the production build: files, gzip sizes, the service worker's precache list. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = resolve(process.cwd(), 'dist');

if (!existsSync(join(DIST, 'sw.js'))) throw new Error('dist/ has no build: run `npm run build` first');

export const read = (file: string) => readFileSync(join(DIST, file));
export const gz = (file: string) => gzipSync(read(file), { level: 9 }).length;
/** Budgets are in kB of 1000 bytes, as the bench reports them. */
export const KB = 1000;

/** The URLs the service worker precaches (workbox manifest inside dist/sw.js). */
export function precached(): string[] {
  const sw = read('sw.js').toString();
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''));
}

/**
 * The CSS an HTML page needs for its first paint: the style sheets it links (print ones excepted: they
 * never block a paint), the text of its inline `<style>` elements (part of the HTML itself, so its
 * bytes count wherever the HTML does), and the entry script it loads.
 */
export function pageAssets(html: string): { css: string[]; inline: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)]
    .filter((m) => !m[0].includes('media="print"'))
    .map((m) => /href="\/([^"]+)"/.exec(m[0])![1]!);
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  const js = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g)].map((m) => m[1]!);
  return { css, inline, js };
}

/** Every HTML file of the build, relative to it, but blank.html (a static page copied from public/). */
export function htmlPages(): string[] {
  return readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && f !== 'blank.html')
    .sort();
}

/** The scripts a page named in its head: its entry and its modulepreloads (src/build/boot-preloads.ts). */
export function namedScripts(html: string): string[] {
  const head = html.split('</head>')[0] ?? '';
  return [...head.matchAll(/<(?:script\b[^>]*\btype="module"[^>]*\bsrc|link\b[^>]*\brel="modulepreload"[^>]*\bhref)="\/([^"]+)"/g)].map((m) => m[1]!);
}
