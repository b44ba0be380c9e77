/**
 * No odd link draws a blank page. A few hundred links made from real pages with a fixed seed, the
 * way links get mangled when pasted, typed or cut short: repeated and trailing slashes (`//`,
 * `///?q=x`, `//es/`, `/es//flows/`), encoded junk in the path or the query (`%`, `%E0%A4%A`,
 * `?a=%zz`), unknown languages (`/fr/`, `/ES/`) and very long queries. Each shows the page it meant
 * or the not-found page, in the right language, with no uncaught error and no console error;
 * online (the server and the app, no service worker) and offline (the service worker and the app).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launch, launchPersistent, type PersistentSession, type Session } from './support/browser';
import { LANGS, pageKinds, t, type Lang } from './support/content';
import { installed, pick, seeded } from './support/edges';

const SEED = 20261206;
const LINKS = 200;
const BROWSER_LANG: Lang = 'es'; // the contexts' locale, es-PE

interface OddLink {
  url: string;
  /** What it shows: the page it meant (its h1), the not-found page, or a page of the flow (any h1 but the error page's). */
  expect: { h1: string; lang: Lang } | { notFound: Lang } | { flowPage: Lang };
  how: string;
}

const JUNK = ['%', '%E0%A4%A', '%zz', '%%', '%C3%28', '%ff%fe', '%25', '%00', '%2F%2E%2E', '..%2F', '<script>', '"quotes"', ' spaced', '😀'];
const encodeJunk = (s: string) => s.replace(/[<>" ]/g, encodeURIComponent);

/** Links made from one page of every kind of both languages, each mangled in one to three ways. */
function oddLinks(): OddLink[] {
  const rand = seeded(SEED);
  const bases = LANGS.flatMap((lang) => pageKinds(lang).map((k) => ({ ...k, lang })));
  const links: OddLink[] = [
    // The links of the issue, always.
    { url: '//', expect: { h1: t(BROWSER_LANG, 'home.title'), lang: BROWSER_LANG }, how: 'the root, doubled' },
    { url: '///?q=x', expect: { h1: t(BROWSER_LANG, 'home.title'), lang: BROWSER_LANG }, how: 'the root, tripled, with a query' },
    { url: '//es/', expect: { h1: t('es', 'home.title'), lang: 'es' }, how: 'a doubled slash before the language' },
    { url: '/es//flows/', expect: { notFound: 'es' }, how: 'the flows folder, doubled' },
    { url: '/fr/', expect: { notFound: BROWSER_LANG }, how: 'an unknown language' },
    { url: '/%', expect: { notFound: BROWSER_LANG }, how: 'a lone %' },
    { url: '/es/flows/%E0%A4%A/', expect: { notFound: 'es' }, how: 'a cut UTF-8 escape as a flow' },
    { url: '/en/search/?a=%zz', expect: { h1: t('en', 'search.title'), lang: 'en' }, how: 'a broken escape in the query' },
  ];
  while (links.length < LINKS) {
    const base = pick(rand, bases);
    const [path = '/', query = ''] = base.path.split('?');
    let parts = path.split('/').filter(Boolean);
    let params = query ? query.split('&') : [];
    let expected: OddLink['expect'] = { h1: base.h1, lang: base.lang };
    const how: string[] = [];
    let leading = '/';
    let trailing = '/';
    const seams: string[] = parts.map(() => '/');
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) {
      const kind = pick(rand, ['slashes', 'slashes', 'leading', 'trailing', 'query', 'query', 'long', 'segment', 'language', 'answers'] as const);
      if (kind === 'slashes' && seams.length) {
        seams[Math.floor(rand() * seams.length)] = '/'.repeat(2 + Math.floor(rand() * 3));
        how.push('repeated slashes');
      } else if (kind === 'leading') {
        leading = '/'.repeat(2 + Math.floor(rand() * 2));
        how.push('leading slashes');
      } else if (kind === 'trailing') {
        trailing = pick(rand, ['', '//', '///']);
        how.push('trailing slashes');
      } else if (kind === 'query') {
        params.push(`${pick(rand, ['x', 'utm_source', 'q', '', '%', 'a[]'])}=${encodeJunk(pick(rand, JUNK))}`);
        how.push('junk in the query');
        // A query the page reads: a search's words, a flow's answers.
        if (params.some((p) => p.startsWith('q=')) && parts[1] !== 'search') params = params.filter((p) => !p.startsWith('q='));
        if (parts[1] === 'flows' && params.some((p) => p.startsWith('a='))) expected = 'h1' in expected ? { flowPage: base.lang } : expected;
      } else if (kind === 'long' && !how.includes('a very long query')) {
        // Up to about 6 kB (servers refuse a request line past 8-16 kB).
        params.push(`${pick(rand, ['q', 'x', 'a'])}=${'ab%zz'.repeat(200 + Math.floor(rand() * 1000))}`);
        how.push('a very long query');
        if (parts[1] === 'flows' && 'h1' in expected) expected = { flowPage: base.lang };
      } else if (kind === 'segment' && parts.length > 1) {
        const at = 1 + Math.floor(rand() * (parts.length - 1));
        parts = parts.map((p, j) => (j === at ? encodeJunk(pick(rand, JUNK)) : p));
        how.push(`junk as part ${at} of the path`);
        // A junk step is a moved step: the flow shows where to go on. Anything else names no page.
        if (!('notFound' in expected)) expected = parts[1] === 'flows' && at === 3 ? { flowPage: base.lang } : { notFound: base.lang };
      } else if (kind === 'language') {
        parts = [pick(rand, ['fr', 'ES', 'En', 'pt-br', 'es-PE', 'xx']), ...parts.slice(1)];
        how.push('an unknown language');
        expected = { notFound: BROWSER_LANG };
      } else if (kind === 'answers' && parts[1] === 'flows') {
        params = [...params.filter((p) => !p.startsWith('a=')), `a=${encodeJunk(pick(rand, JUNK))}${pick(rand, ['', ',,,', ':', '::x'])}`];
        how.push('junk answers');
        if (!('notFound' in expected)) expected = { flowPage: base.lang };
      }
    }
    if (!how.length) continue;
    const url = leading.slice(0, -1) + parts.map((p, j) => (j === 0 ? '/' : seams[j - 1]) + p).join('') + trailing + (params.length ? `?${params.join('&')}` : '');
    links.push({ url: url || '/', expect: expected, how: how.join(', ') });
  }
  return links;
}

const LINKS_TRIED = oddLinks();

/** Opens an odd link and says what is wrong with what it shows ('' if nothing). */
async function tryLink(page: Page, link: OddLink, errors: string[]): Promise<string> {
  errors.length = 0;
  try {
    // Absolute: the browser would read `//es/` alone as the host "es".
    await page.goto(BASE + link.url, { waitUntil: 'load' });
  } catch (e) {
    return `${link.url} (${link.how}): ${(e as Error).message.split('\n')[0]}`;
  }
  const lang = 'h1' in link.expect ? link.expect.lang : 'notFound' in link.expect ? link.expect.notFound : link.expect.flowPage;
  const want = 'h1' in link.expect ? link.expect.h1 : 'notFound' in link.expect ? t(lang, 'notFound.title') : undefined;
  const errorTitle = t(lang, 'error.title');
  try {
    await page.waitForFunction(
      ({ want, errorTitle }) => {
        const h1 = document.querySelector('main h1')?.textContent?.trim();
        return Boolean(h1) && document.documentElement.hasAttribute('data-text-size') && (want ? h1 === want : h1 !== 'Rumbo') && h1 !== errorTitle;
      },
      { want, errorTitle },
      { timeout: 10_000 },
    );
  } catch {
    /* described below */
  }
  const seen = await page.evaluate(() => ({
    h1: document.querySelector('main h1')?.textContent?.trim() ?? '',
    lang: document.documentElement.lang,
    text: document.querySelector('main')?.textContent?.trim().length ?? 0,
  }));
  const problems = [
    want !== undefined && seen.h1 !== want && `h1 "${seen.h1}", want "${want}"`,
    seen.h1 === errorTitle && 'the error page',
    !seen.h1 && 'no h1',
    seen.lang !== lang && `lang ${seen.lang}, want ${lang}`,
    seen.text < 40 && 'next to no text',
    ...errors,
  ].filter(Boolean);
  return problems.length ? `${link.url.slice(0, 120)} (${link.how}): ${problems.join('; ')}` : '';
}

function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text().slice(0, 200)}`);
  });
  return errors;
}

it('the links are many, varied and the same on every run', () => {
  expect(LINKS_TRIED.length).toBe(LINKS);
  expect(oddLinks()).toEqual(LINKS_TRIED);
  const hows = LINKS_TRIED.map((l) => l.how).join(', ');
  for (const how of ['repeated slashes', 'leading slashes', 'trailing slashes', 'junk in the query', 'a very long query', 'junk as part', 'an unknown language', 'junk answers']) {
    expect(hows, how).toContain(how);
  }
  expect(LINKS_TRIED.filter((l) => 'notFound' in l.expect).length, 'links to the not-found page').toBeGreaterThan(20);
  expect(LINKS_TRIED.filter((l) => 'h1' in l.expect).length, 'links to the page they meant').toBeGreaterThan(40);
  expect(Math.max(...LINKS_TRIED.map((l) => l.url.length)), 'a very long link').toBeGreaterThan(5000);
});

describe('online (the server and the app, no service worker)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it(`${LINKS} odd links each show the page they meant or the not-found page, without an error`, async () => {
    const page = await s.newPage({ serviceWorkers: 'block' });
    const errors = watch(page);
    const wrong: string[] = [];
    for (const link of LINKS_TRIED) {
      const problem = await tryLink(page, link, errors);
      if (problem) wrong.push(problem);
    }
    expect(wrong, `${wrong.length} of ${LINKS_TRIED.length} links`).toEqual([]);
  }, 400_000);
});

describe('offline (the service worker and the app)', () => {
  let s: PersistentSession;
  beforeAll(async () => {
    s = await launchPersistent();
    await installed(s.page);
    await s.context.setOffline(true);
  });
  afterAll(async () => {
    await s?.close();
  });

  it(`${LINKS} odd links each show the page they meant or the not-found page, without an error`, async () => {
    const errors = watch(s.page);
    const wrong: string[] = [];
    for (const link of LINKS_TRIED) {
      const problem = await tryLink(s.page, link, errors);
      if (problem) wrong.push(problem);
    }
    expect(wrong, `${wrong.length} of ${LINKS_TRIED.length} links`).toEqual([]);
  }, 400_000);
});
