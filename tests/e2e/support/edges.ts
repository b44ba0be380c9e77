/**
 * The installed app at its edges: the build's prerendered routes (with the answers each was drawn
 * for), the title each page has, the worker's offline list, a seeded random generator for sampling,
 * and switching a page's scripts off (to read what the service worker served, before any script).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import { t, type Lang } from './content';
import { waitForServiceWorker } from './browser';

const root = fileURLToPath(new URL('../../..', import.meta.url));
/** The build under test, as global-setup.ts serves it. */
export const DIST = resolve(root, process.env.E2E_DIST ?? 'dist');

export interface Route {
  /** Path and query, as a person opens it: a step with the answers it was prerendered for. */
  url: string;
  lang: Lang;
}

/** Every prerendered page of the language folders (the app shells aside), as the URL it was drawn for. */
export function prerenderedRoutes(): Route[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => relative(DIST, resolve(e.parentPath, e.name)))
    .filter((f) => /^(es|en)\//.test(f) && !f.includes('app-shell'))
    .sort()
    .map((f) => {
      const html = readFileSync(resolve(DIST, f), 'utf8');
      const madeFor = /<meta name="rumbo-path" content="([^"]*)"/.exec(html)?.[1];
      if (!madeFor) throw new Error(`${f} names no rumbo-path`);
      return { url: madeFor.replace(/&amp;/g, '&'), lang: f.slice(0, 2) as Lang };
    });
}

const PAGE_TITLE: Record<string, string> = {
  help: 'help.title',
  sources: 'sources.title',
  references: 'sources.publicTitle',
  about: 'about.title',
  settings: 'settings.title',
  results: 'results.title',
  search: 'search.title',
};
const full = (title: string) => (title === 'Rumbo' ? title : `${title} · Rumbo`);

/**
 * The title a page of a language folder has before any script runs: home "Rumbo", a page its own
 * title, every step of a flow the flow's title, anything else the not-found page's.
 */
export function titleBeforeScripts(url: string, lang: Lang): string {
  const [, l, page, flow, ...rest] = new URL(url, 'http://x').pathname.split('/').filter((p, i) => i === 0 || p);
  if (l !== lang) return full(t(lang, 'notFound.title'));
  if (!page) return 'Rumbo';
  if (page === 'flows') {
    try {
      return rest.length <= 1 && flow ? full(t(lang, `${flow}:title`)) : full(t(lang, 'notFound.title'));
    } catch {
      return full(t(lang, 'notFound.title'));
    }
  }
  const key = PAGE_TITLE[page];
  if (!key || flow) return full(t(lang, 'notFound.title'));
  return full(t(lang, page === 'search' && new URL(url, 'http://x').searchParams.get('q') ? 'search.titleFor' : key));
}

/** mulberry32: a tiny seeded generator, so a sample is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** `n` items of `list` in a seeded order, the first of each `group` first, so every kind is in even a small sample. */
export function sample<T>(list: readonly T[], n: number, seed: number, group: (item: T) => string): T[] {
  const rand = seeded(seed);
  const shuffled = [...list].map((item) => ({ item, key: rand() })).sort((a, b) => a.key - b.key).map((x) => x.item);
  const firsts = new Map<string, T>();
  for (const item of shuffled) if (!firsts.has(group(item))) firsts.set(group(item), item);
  const rest = shuffled.filter((item) => ![...firsts.values()].includes(item));
  return [...firsts.values(), ...rest].slice(0, Math.max(n, firsts.size));
}

/** The kind of page a URL opens (home, a page, a flow's start, a step), with its language. */
export function kindOf(route: Route): string {
  const [, , page = '', flow, step] = new URL(route.url, 'http://x').pathname.split('/');
  if (!page) return `${route.lang} home`;
  if (page !== 'flows') return `${route.lang} ${page}`;
  return `${route.lang} ${step ? (step === 'check' ? 'check' : 'step') : `start of ${flow}`}`;
}

const sessions = new WeakMap<Page, CDPSession>();

/** The page's scripts on or off (the service worker still answers: it is not the page's script). */
export async function pageScripts(context: BrowserContext, page: Page, on: boolean): Promise<void> {
  // One session per page: an override lasts as long as the session that set it.
  let cdp = sessions.get(page);
  if (!cdp) sessions.set(page, (cdp = await context.newCDPSession(page)));
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: !on });
}

/** What a page says about itself at its load event. */
export function documentFacts(page: Page): Promise<{ lang: string | null; dir: string | null; title: string; started: boolean }> {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
    title: document.title,
    // The app's first act (src/main.tsx boot) marks the text size on <html>.
    started: document.documentElement.hasAttribute('data-text-size'),
  }));
}

/** The service worker's list of what it keeps (src/build/offline-files.ts). */
export function offlineFiles(): { cache: string; files: { url: string; key: string }[] } {
  return JSON.parse(readFileSync(resolve(DIST, 'offline-files.json'), 'utf8')) as { cache: string; files: { url: string; key: string }[] };
}

/** How many of the worker's files its cache holds now. */
export function cachedCount(page: Page): Promise<number> {
  const { cache, files } = offlineFiles();
  return page.evaluate(
    async ({ cache, keys }) => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration || !(await caches.has(cache + registration.scope))) return 0;
      const c = await caches.open(cache + registration.scope);
      const found = await Promise.all(keys.map((k) => c.match(new URL(k, location.origin).href)));
      return found.filter(Boolean).length;
    },
    { cache, keys: files.map((f) => f.key) },
  );
}

/** Opens the app and lets its service worker install (which keeps everything first) and take control. */
export async function installed(page: Page, path = '/es/'): Promise<void> {
  await page.goto(path);
  await waitForServiceWorker(page);
}

/** Waits (up to 30 s) until the worker's cache holds every file of its list. */
export async function untilCached(page: Page): Promise<void> {
  const total = offlineFiles().files.length;
  let count = 0;
  for (const end = Date.now() + 30_000; Date.now() < end; await page.waitForTimeout(200)) {
    count = await cachedCount(page);
    if (count === total) return;
  }
  expect(count, 'files of its list the worker keeps').toBe(total);
}

