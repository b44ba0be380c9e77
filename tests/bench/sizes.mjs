/**
 * Bytes on the wire, read from the bench build: raw, gzip (level 9) and brotli (quality 11), each
 * file compressed on its own as a static host would serve it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const cache = new Map();
/** Sizes of one file of the build, by its path from the build root ("/assets/x.js" or "assets/x.js"). */
function fileSize(dist, path) {
  const rel = path.replace(/^\//, '').split(/[?#]/)[0];
  if (!cache.has(rel)) {
    const buf = readFileSync(join(dist, rel));
    cache.set(rel, {
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return cache.get(rel);
}

/** Sums the sizes of a list of files, each once; keeps the list so the report shows what was counted. */
function total(dist, list) {
  const files = [...new Set(list)];
  const sum = { raw: 0, gzip: 0, brotli: 0, files };
  for (const f of files) {
    const s = fileSize(dist, f);
    sum.raw += s.raw;
    sum.gzip += s.gzip;
    sum.brotli += s.brotli;
  }
  return sum;
}

const read = (dist, rel) => readFileSync(join(dist, rel.replace(/^\//, '')), 'utf8');
const attr = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1];
const tags = (html, name) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
const pageFile = (route) => `${route.replace(/^\//, '')}index.html`;

/** First render: the prerendered HTML and the style sheets it links (print-only ones excluded). */
function firstRender(dist, route) {
  const html = read(dist, pageFile(route));
  const css = tags(html, 'link')
    .filter((t) => /\brel\s*=\s*["']?stylesheet/i.test(t) && !/\bmedia\s*=\s*["']?print["']?/i.test(t))
    .map((t) => attr(t, 'href'));
  return total(dist, [pageFile(route), ...css.map((h) => h.replace(/^\//, ''))]);
}

/** The static imports of a chunk (import/export … from "./x.js", import "./x.js"), not import(). */
function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`](\.\/[^"'`]+\.js)["'`]/g)) found.add(m[1].slice(2));
  return [...found];
}

/** A chunk and, recursively, everything it imports statically (paths relative to the build root). */
function withStaticImports(dist, entries, into = new Set()) {
  for (const entry of entries) {
    if (into.has(entry)) continue;
    into.add(entry);
    const dir = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '';
    withStaticImports(dist, staticImports(read(dist, entry)).map((f) => dir + f), into);
  }
  return into;
}

/** Every URL in the service worker's precache manifest. */
function precacheUrls(dist) {
  return [...read(dist, 'sw.js').matchAll(/url:\s*["']([^"']+)["']/g)].map((m) => m[1]);
}

/**
 * The JavaScript a page needs for its first interaction: the scripts its head names (the entry and
 * the modulepreloads of src/build/boot-preloads.ts, which the app waits for before it draws the
 * page), with everything they import statically.
 */
function pageJs(dist, file) {
  const head = read(dist, file).split('</head>')[0];
  const named = [
    ...tags(head, 'script').filter((t) => /type\s*=\s*["']?module/i.test(t)).map((t) => attr(t, 'src')),
    ...tags(head, 'link').filter((t) => /rel\s*=\s*["']?modulepreload/i.test(t)).map((t) => attr(t, 'href')),
  ].filter(Boolean);
  if (!named.length) throw new Error(`No module script in ${file}`);
  return [...withStaticImports(dist, named.map((f) => f.replace(/^\//, '')))];
}

/** Every prerendered page of the language folders, as files of the build. */
function languagePages(dist) {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => /^(es|en)\/(.+\/)?index\.html$/.test(f));
}

export function measureSizes(dist, { routes, question }) {
  const assets = readdirSync(join(dist, 'assets'));
  const pages = languagePages(dist).map((f) => ({ f, ...total(dist, pageJs(dist, f)) }));
  const heaviest = pages.sort((a, b) => b.gzip - a.gzip)[0];
  const precache = precacheUrls(dist);
  const largest = assets
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `assets/${f}`, ...fileSize(dist, `assets/${f}`) }))
    .sort((a, b) => b.raw - a.raw)
    .slice(0, 5);

  return {
    firstRender: routes.map((r) => ({ route: r, ...firstRender(dist, r) })),
    js: [
      { page: 'home', ...total(dist, pageJs(dist, pageFile('/es/'))) },
      { page: 'question', ...total(dist, pageJs(dist, pageFile(question))) },
      { page: `heaviest of ${pages.length} pages: /${heaviest.f.replace(/index\.html$/, '')}`, ...heaviest },
    ],
    offline: { entries: precache.length, ...total(dist, precache) },
    largest,
  };
}
