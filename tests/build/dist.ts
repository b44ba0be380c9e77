/** Reads the production build: files, gzip sizes, the service worker's precache list. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The build to check: dist/ unless E2E_DIST names another folder (absolute or from the repo root), as for the e2e tests. */
export const DIST = resolve(process.cwd(), process.env.E2E_DIST ?? 'dist');

if (!existsSync(join(DIST, 'sw.js'))) throw new Error(`${DIST} has no build: run \`npm run build\` first`);

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

/** Scripts and, recursively, every module they import statically (`import{…}from"./x.js"`, not import()). */
export function withStaticImports(files: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const m of read(file).toString().matchAll(/(?:^|[;}\n])import(?:[^"'();]*?from)?\s*["']\.\/([^"']+\.js)["']/g)) visit(dir + m[1]);
  };
  files.forEach(visit);
  return [...seen];
}

/** The module with a language's UI text, which the app loads before it starts: the one holding its skip link's text. */
export function languageText(lang: string): string {
  const skip = lang === 'es' ? 'Saltar al contenido' : 'Skip to content';
  const found = precached().filter((u) => u.endsWith('.js') && read(u).toString().includes(`skip:\`${skip}\``));
  if (found.length !== 1) throw new Error(`${found.length} modules hold the ${lang} skip link's text: ${found.join(', ')}`);
  return found[0]!;
}

/** The id of every flow in content/flows. */
export const flowIds = (): string[] => readdirSync(resolve(process.cwd(), 'content/flows')).map((f) => f.replace(/\.yaml$/, ''));
