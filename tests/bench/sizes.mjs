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

/** Sums the sizes of a list of files; keeps the list so the report shows what was counted. */
function total(dist, files) {
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

/** The chunks an entry loads with import() (names as written, relative to assets/). */
const dynamicImports = (code) => [...new Set([...code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]))];

/** The chunk with the page's own Spanish text: the one holding most text nodes of the prerendered /es/. */
function languageChunk(dist, entryCode, assets) {
  const html = read(dist, 'es/index.html');
  const texts = [...new Set([...html.matchAll(/>([^<>]{6,})</g)].map((m) => m[1].trim()).filter((t) => /[a-záéíóúñ]{3}/i.test(t) && !t.includes('{')))];
  const named = assets.filter((f) => /^common-.*\.js$/.test(f));
  const candidates = named.length ? named : dynamicImports(entryCode);
  const score = (f) => texts.filter((t) => read(dist, `assets/${f}`).includes(t)).length;
  const best = candidates.map((f) => ({ f, n: score(f) })).sort((a, b) => b.n - a.n)[0];
  if (!best || best.n === 0) throw new Error('No chunk holds the Spanish text of /es/');
  return `assets/${best.f}`;
}

/**
 * The Spanish data module of one flow, as the flow loaders name it ("id":{en:…,es:…import("./x.js")}),
 * looked for in the given chunks first (the route's), then in every chunk of the build.
 */
function flowDataChunk(dist, flowId, first, assets) {
  const key = flowId.replace(/[^\w-]/g, '');
  const loader = new RegExp(`["'\`]?${key}["'\`]?:\\{([^{}]*\\bimport\\([^{}]*)\\}`);
  const all = [...first, ...assets.filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`)];
  for (const chunk of new Set(all)) {
    const body = read(dist, chunk).match(loader)?.[1];
    const file = body?.match(/\bes:[^,}]*?import\(\s*["'`]\.\/([^"'`]+\.js)/)?.[1];
    if (file) return `assets/${file}`;
  }
  throw new Error(`No chunk holds a Spanish loader for the flow ${flowId}`);
}

/** Every URL in the service worker's precache manifest. */
function precacheUrls(dist) {
  return [...read(dist, 'sw.js').matchAll(/url:\s*["']([^"']+)["']/g)].map((m) => m[1]);
}

export function measureSizes(dist, { routes, flowId }) {
  const assets = readdirSync(join(dist, 'assets'));
  const home = read(dist, 'es/index.html');
  const entry = attr(tags(home, 'script').find((t) => /type\s*=\s*["']?module/i.test(t)) ?? '', 'src');
  if (!entry) throw new Error('No module script in es/index.html');
  const preloads = tags(home, 'link').filter((t) => /rel\s*=\s*["']?modulepreload/i.test(t)).map((t) => attr(t, 'href'));
  const entryFile = entry.replace(/^\//, '');
  const entryCode = read(dist, entryFile);
  const boot = withStaticImports(dist, [entryFile, ...preloads.map((p) => p.replace(/^\//, ''))]);
  const lang = languageChunk(dist, entryCode, assets);
  const homeJs = [...boot, lang];

  const flowPage = dynamicImports(entryCode).find((f) => /^FlowPage-/.test(f)) ?? dynamicImports(entryCode).find((f) => /Flow/.test(f));
  if (!flowPage) throw new Error('No lazy flow route chunk imported by the entry');
  const route = [...withStaticImports(dist, [`assets/${flowPage}`], new Set(boot))].filter((f) => !boot.has(f));
  const questionJs = [...homeJs, ...route, flowDataChunk(dist, flowId, [...route, entryFile], assets)];

  const precache = precacheUrls(dist);
  const largest = assets
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `assets/${f}`, ...fileSize(dist, `assets/${f}`) }))
    .sort((a, b) => b.raw - a.raw)
    .slice(0, 5);

  return {
    firstRender: routes.map((r) => ({ route: r, ...firstRender(dist, r) })),
    js: [
      { page: 'home', ...total(dist, homeJs) },
      { page: 'question', ...total(dist, questionJs) },
    ],
    offline: { entries: precache.length, ...total(dist, precache) },
    largest,
  };
}
