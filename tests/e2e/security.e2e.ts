/**
 * Privacy and hardening, on every page in both languages and every outcome of every flow: nothing
 * leaves the app's origin (the service worker's requests included), answers never reach the title
 * or the console, external links open safely, the Content-Security-Policy is in every prerendered
 * page and nothing violates it, and _headers carries the security headers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectH1, launch, waitForServiceWorker, type Session } from './support/browser';
import { FLOW, LANGS, t, type Lang } from './support/content';
import { FLOWS, clientGo, outcomeIds, watchErrors } from './support/pages';
import { DISABILITY_WALK, chosenTexts, encoded, walkFlow } from './support/walk';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = resolve(root, process.env.E2E_DIST ?? 'dist');

/** Every .html file of the build, relative to it (blank.html is a static file from public/, not prerendered). */
const htmlFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => relative(dist, resolve(e.parentPath, e.name)))
  .filter((f) => f !== 'blank.html')
  .sort();

/**
 * The prerendered pages of a language as URLs (of the step pages, one flow's: every result of every
 * flow is visited below), plus a search with results and an unknown path.
 */
const isOtherStep = (f: string) => /^[a-z]{2}\/flows\/[^/]+\/[^/]+\/index\.html$/.test(f) && !f.includes(`/flows/${FLOW}/`);
const pagesOf = (lang: Lang) => [
  ...htmlFiles.filter((f) => f.startsWith(`${lang}/`) && !isOtherStep(f)).map((f) => `/${f.replace(/index\.html$/, '')}`),
  `/${lang}/search/?q=${lang === 'es' ? 'salud' : 'health'}`,
  `/${lang}/no-such-page/`,
];

let s: Session;
let context: BrowserContext;
let page: Page;
let errors: string[];
const consoleMessages: string[] = [];
const violations: string[] = [];
let serviceWorkerRequests = 0;
let externalLinks = 0;

beforeAll(async () => {
  s = await launch();
  context = await s.newContext();
  context.on('request', (r) => void (r.serviceWorker() && serviceWorkerRequests++));
  await context.exposeBinding('rumboCspViolation', (_source, v: string) => void violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { rumboCspViolation: (v: string) => void }).rumboCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} on ${location.href}`);
    });
  });
  page = await context.newPage();
  page.on('console', (m) => consoleMessages.push(m.text()));
  errors = watchErrors(page).errors;
});
afterAll(async () => {
  await s?.close();
});

/** External links open in a new tab without an opener or a referrer. */
async function checkExternalLinks(): Promise<void> {
  const links = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => /^https?:/i.test(a.getAttribute('href') ?? '') && new URL(a.href).origin !== location.origin)
      .map((a) => ({ href: a.href, target: a.target, rel: a.rel.split(/\s+/) })),
  );
  externalLinks += links.length;
  const unsafe = links.filter((l) => l.target !== '_blank' || !l.rel.includes('noopener') || !l.rel.includes('noreferrer'));
  expect.soft(unsafe, `unsafe external links on ${page.url()}`).toEqual([]);
}

async function cspMeta(): Promise<string | null> {
  return page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content', { timeout: 2_000 }).catch(() => null);
}

it('the service worker controls the page and its own requests are seen', async () => {
  await page.goto('/es/');
  await waitForServiceWorker(page);
  expect(serviceWorkerRequests, 'requests made by the service worker (precache)').toBeGreaterThan(0);
});

it('the CSP listener works: an inline script is reported as a violation', async () => {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'void 0';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.join('\n')).toContain('script-src');
  violations.length = 0;
});

describe.each(LANGS)('in %s', (lang) => {
  it('every page: CSP meta, no CSP violation, safe external links', async () => {
    const urls = ['/', ...pagesOf(lang)];
    expect(urls.length, 'home, 7 pages, 16 flows, search, not-found').toBeGreaterThanOrEqual(1 + 1 + 7 + 16 + 2);
    for (const url of urls) {
      await page.goto(url);
      await page.locator('main h1').waitFor();
      const csp = await cspMeta();
      expect.soft(csp, `CSP meta on ${url}`).toMatch(/default-src 'self'/);
      await checkExternalLinks();
    }
    expect(violations, 'CSP violations').toEqual([]);
    expect(errors, 'uncaught errors').toEqual([]);
  });

  it('every outcome of every flow: no CSP violation, safe external links', async () => {
    await page.goto(`/${lang}/`);
    let count = 0;
    for (const flow of FLOWS) {
      for (const outcome of outcomeIds(flow)) {
        await clientGo(page, `/${lang}/flows/${flow.id}/${outcome}/`);
        await expectH1(page, t(lang, `${flow.id}:nodes.${outcome}.title`));
        await checkExternalLinks();
        count++;
      }
    }
    expect(count, 'outcomes walked').toBeGreaterThanOrEqual(16 * 2);
    expect(violations, 'CSP violations').toEqual([]);
    expect(errors, 'uncaught errors').toEqual([]);
  });

  it('a whole flow by clicking: the answers never reach the title or the console', async () => {
    consoleMessages.length = 0;
    const secrets = [...chosenTexts(DISABILITY_WALK, lang), ...DISABILITY_WALK.answers.map(([q, o]) => `${q}:${o.join('.')}`)];
    const titles: string[] = [];
    await walkFlow(page, lang, DISABILITY_WALK, async (step) => {
      await page.waitForFunction(() => document.title.length > 0);
      const title = await page.title();
      titles.push(`${step}: ${title}`);
      const query = new URL(page.url()).searchParams.get('a');
      if (query) expect.soft(title, `title on ${step}`).not.toContain(query);
      for (const secret of secrets) expect.soft(title, `title on ${step}`).not.toContain(secret);
    });
    expect(new URL(page.url()).searchParams.get('a'), 'the walk ended with its answers in the URL').toBe(encoded(DISABILITY_WALK));
    expect(titles.length).toBe(DISABILITY_WALK.answers.length + 3);
    const leaks = consoleMessages.filter((m) => secrets.some((x) => m.includes(x)) || m.includes(encoded(DISABILITY_WALK)));
    expect(leaks, 'console messages with answers').toEqual([]);
    await checkExternalLinks();
    expect(violations, 'CSP violations').toEqual([]);
  });
});

it('saw external links at all (the link check ran on real links)', () => {
  expect(externalLinks).toBeGreaterThan(10);
});

it('every prerendered page has a strict Content-Security-Policy meta tag', () => {
  expect(htmlFiles.length, `HTML files in ${dist}`).toBeGreaterThanOrEqual(2 * (1 + 7 + 16) + 3);
  const problems = htmlFiles.flatMap((f) => {
    const html = readFileSync(resolve(dist, f), 'utf8');
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
    if (!csp) return [`${f}: no CSP meta`];
    const bad = [!/(^|;)\s*default-src 'self'\s*(;|$)/.test(csp) && "no default-src 'self'", /'unsafe-inline'/.test(csp) && "'unsafe-inline'", /'unsafe-eval'/.test(csp) && "'unsafe-eval'"].filter(Boolean);
    return bad.length ? [`${f}: ${bad.join(', ')}`] : [];
  });
  expect(problems).toEqual([]);
});

it('_headers sets the CSP, Referrer-Policy no-referrer, a Permissions-Policy and nosniff for every path', () => {
  const text = readFileSync(resolve(dist, '_headers'), 'utf8');
  // The headers of the `/*` block: indented lines right after it.
  const block = /^\/\*\s*\n((?:[ \t]+.*\n?)+)/m.exec(text)?.[1] ?? '';
  const headers = Object.fromEntries(block.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  expect(headers['content-security-policy'], 'Content-Security-Policy').toMatch(/(^|;)\s*default-src 'self'\s*(;|$)/);
  expect(headers['content-security-policy']).not.toMatch(/'unsafe-(inline|eval)'/);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy'], 'Permissions-Policy').toMatch(/\w+=\(\)/);
  expect(headers['x-content-type-options']).toBe('nosniff');
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
