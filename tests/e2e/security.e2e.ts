/**
 * Privacy and hardening, on every page in both languages and every outcome of every flow: nothing
 * leaves the app's origin (the service worker's requests included), answers never reach the title
 * or the console, external links open safely, the Content-Security-Policy is in every prerendered
 * page and nothing violates it, and _headers carries the security headers. The app's CSS is inline
 * (src/build/inline-css.ts): the policy allows that one style by its SHA-256, never 'unsafe-inline',
 * and the browser applies it, online, from the app shell offline, and under the _headers policy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectH1, launch, waitForServiceWorker, type Session } from './support/browser';
import { FLOW, LANGS, ft, stepPath, t, type Lang } from './support/content';
import { FLOWS, clientGo, outcomeIds, watchErrors } from './support/pages';
import { DISABILITY_WALK, chosenTexts, encoded, walkFlow } from './support/walk';
import { directive, sha256 } from '../build/csp';

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

/** The headers _headers gives every path (the indented lines right after `/*`), names in lower case. */
function headersForEveryPath(): Record<string, string> {
  const text = readFileSync(resolve(dist, '_headers'), 'utf8');
  const block = /^\/\*\s*\n((?:[ \t]+.*\n?)+)/m.exec(text)?.[1] ?? '';
  return Object.fromEntries(block.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
}

let s: Session;
let context: BrowserContext;
let page: Page;
let errors: string[];
const consoleMessages: string[] = [];
const violations: string[] = [];
/** Console messages about the CSP ("Refused to apply inline style because it violates …"). */
const cspConsole: string[] = [];
let serviceWorkerRequests = 0;
let externalLinks = 0;

beforeAll(async () => {
  s = await launch();
  context = await s.newContext();
  context.on('request', (r) => void (r.serviceWorker() && serviceWorkerRequests++));
  await watchCsp(context);
  page = await context.newPage();
  page.on('console', (m) => consoleMessages.push(m.text()));
  errors = watchErrors(page).errors;
});

/** Records every CSP violation of the context's pages (the event, and Chromium's console message). */
async function watchCsp(c: BrowserContext): Promise<void> {
  await c.exposeBinding('rumboCspViolation', (_source, v: string) => void violations.push(v));
  await c.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { rumboCspViolation: (v: string) => void }).rumboCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} on ${location.href}`);
    });
  });
  c.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && cspConsole.push(`${m.text()} on ${m.page()?.url()}`)));
}

/**
 * The page's one inline style is the app's CSS, the browser applied it, and both policies (the
 * page's CSP meta and _headers) allow exactly that text by its SHA-256, without 'unsafe-inline'.
 */
async function expectInlineStyleAllowed(p: Page): Promise<void> {
  const url = p.url();
  const seen = await p.evaluate(() => ({
    styles: [...document.querySelectorAll('style')].map((e) => ({ inHead: e.parentElement === document.head, text: e.textContent ?? '' })),
    links: [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')].map((l) => `${l.getAttribute('href')} ${l.media}`),
    meta: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    // Defined by the app's CSS only (light or dark value): proof the browser applied the style.
    brand: getComputedStyle(document.documentElement).getPropertyValue('--brand').trim(),
  }));
  expect(seen.styles.map((st) => st.inHead), `one <style>, in the head, on ${url}`).toEqual([true]);
  const text = seen.styles[0]!.text;
  expect(text.length, `the app's CSS on ${url}`).toBeGreaterThan(5_000);
  expect(seen.links, `style sheets linked on ${url}`).toEqual([]);
  expect(text, `the print rules inline on ${url}`).toMatch(/@media print\{/);
  expect(seen.meta, `CSP meta on ${url}`).not.toContain("'unsafe-inline'");
  expect(directive(seen.meta, 'style-src'), `style-src of the CSP meta on ${url}`).toEqual(["'self'", sha256(text)]);
  expect(directive(headersForEveryPath()['content-security-policy'] ?? '', 'style-src'), `style-src of _headers, for ${url}`).toEqual(["'self'", sha256(text)]);
  expect(['#0b5563', '#7fd0db'], `--brand applied on ${url}`).toContain(seen.brand);
}
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
  // Chromium's wording: "Executing inline script violates …" (older: "Refused to execute inline script …").
  await expect.poll(() => cspConsole.join('\n')).toMatch(/Executing inline script violates|Refused to execute inline script/);
  violations.length = 0;
  cspConsole.length = 0;
});

it('the CSP listeners work: a style other than the hashed one is refused, reported and not applied', async () => {
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid rgb(255, 0, 0) }';
    document.head.append(style);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.join('\n')).toContain('style-src');
  await expect.poll(() => cspConsole.join('\n')).toMatch(/Applying inline style violates|Refused to apply inline style/);
  expect(await page.evaluate(() => getComputedStyle(document.body).outlineWidth)).not.toBe('7px');
  violations.length = 0;
  cspConsole.length = 0;
});

describe('the inline style is allowed by its hash and applied', () => {
  const question = (lang: Lang) => stepPath(lang, 'document', 'has-certificate:no');

  it('on home, a flow start page and a question page, in both languages', async () => {
    const urls = ['/', ...LANGS.flatMap((l) => [`/${l}/`, `/${l}/flows/disability-certificate/`, question(l)])];
    expect(urls).toContain('/es/flows/disability-certificate/document/?a=has-certificate:no');
    for (const url of urls) {
      await page.goto(url);
      await page.locator('main h1').waitFor();
      if (url.includes('/document/')) await expectH1(page, ft(url.startsWith('/en/') ? 'en' : 'es', 'nodes.document.question'));
      await expectInlineStyleAllowed(page);
    }
    expect(violations, 'CSP violations').toEqual([]);
    expect(cspConsole, 'CSP console messages').toEqual([]);
  });

  it("offline: a page drawn from its language's app shell by the service worker, then in-app navigation", async () => {
    await page.goto('/es/');
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null), 'controlled by the service worker').toMatch(/\/sw\.js$/);
    await context.setOffline(true);
    try {
      const response = await page.goto(question('es'));
      expect(response?.fromServiceWorker(), 'answered by the service worker').toBe(true);
      // The shell, with the page's title written in by the worker (src/build/offline-shell.ts).
      const shell = readFileSync(resolve(dist, 'es/app-shell/index.html'), 'utf8');
      const untitled = (html: string) => html.replace(/<title>[^<]*<\/title>/, '<title></title>');
      expect(untitled((await response?.text()) ?? ''), 'the document is the Spanish app shell').toBe(untitled(shell));
      await expectH1(page, ft('es', 'nodes.document.question'));
      await expectInlineStyleAllowed(page);
      await clientGo(page, '/en/flows/disability-certificate/');
      await expectH1(page, ft('en', 'title'));
      await expectInlineStyleAllowed(page);
    } finally {
      await context.setOffline(false);
    }
    expect(violations, 'CSP violations').toEqual([]);
    expect(cspConsole, 'CSP console messages').toEqual([]);
  });

  it('under the policy of _headers sent as a real header (as a static host would)', async () => {
    const policy = headersForEveryPath()['content-security-policy'];
    expect(policy).toBeDefined();
    const c = await s.newContext({ serviceWorkers: 'block' });
    try {
      await watchCsp(c);
      let sent = 0;
      await c.route('**/*', async (route) => {
        if (route.request().resourceType() !== 'document') return route.continue();
        const response = await route.fetch();
        sent++;
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy! } });
      });
      const p = await c.newPage();
      for (const url of ['/es/', question('en')]) {
        await p.goto(url);
        await p.locator('main h1').waitFor();
        await expectInlineStyleAllowed(p);
      }
      expect(sent, 'documents sent with the header').toBe(2);
    } finally {
      await c.close();
    }
    expect(violations, 'CSP violations').toEqual([]);
    expect(cspConsole, 'CSP console messages').toEqual([]);
  });
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
      await expectInlineStyleAllowed(page);
      await checkExternalLinks();
    }
    expect(violations, 'CSP violations').toEqual([]);
    expect(cspConsole, 'CSP console messages').toEqual([]);
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
    // A one-word answer ("Sí", "Yes", "No") can be the first word of a page's own heading ("Sí, el
    // certificado es gratis"): it tells nothing. Every longer answer, and the encoded answers, never.
    const secrets = [...chosenTexts(DISABILITY_WALK, lang).filter((s) => /\s/.test(s)), ...DISABILITY_WALK.answers.map(([q, o]) => `${q}:${o.join('.')}`)];
    expect(secrets.length, 'answers to look for').toBeGreaterThan(DISABILITY_WALK.answers.length);
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

it('every prerendered page has a strict Content-Security-Policy meta tag that allows its one inline style by hash', () => {
  expect(htmlFiles.length, `HTML files in ${dist}`).toBeGreaterThanOrEqual(2 * (1 + 7 + 16) + 3);
  expect(htmlFiles).toEqual(expect.arrayContaining(['index.html', '404.html', 'es/app-shell/index.html', 'en/app-shell/index.html']));
  const problems = htmlFiles.flatMap((f) => {
    const html = readFileSync(resolve(dist, f), 'utf8');
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
    if (!csp) return [`${f}: no CSP meta`];
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const bad = [
      !/(^|;)\s*default-src 'self'\s*(;|$)/.test(csp) && "no default-src 'self'",
      /'unsafe-inline'/.test(csp) && "'unsafe-inline'",
      /'unsafe-eval'/.test(csp) && "'unsafe-eval'",
      styles.length !== 1 && `${styles.length} <style> elements`,
      styles.length === 1 && JSON.stringify(directive(csp, 'style-src')) !== JSON.stringify(["'self'", sha256(styles[0]!)]) && `style-src is not 'self' and the style's hash: ${directive(csp, 'style-src')?.join(' ')}`,
      /<[a-z][^>]*\sstyle=/i.test(html) && 'a style="…" attribute',
    ].filter(Boolean);
    return bad.length ? [`${f}: ${bad.join(', ')}`] : [];
  });
  expect(problems).toEqual([]);
});

it('_headers sets the CSP, Referrer-Policy no-referrer, a Permissions-Policy and nosniff for every path', () => {
  const headers = headersForEveryPath();
  expect(headers['content-security-policy'], 'Content-Security-Policy').toMatch(/(^|;)\s*default-src 'self'\s*(;|$)/);
  expect(headers['content-security-policy']).not.toMatch(/'unsafe-(inline|eval)'/);
  // The style-src of _headers allows the inline style that the pages really carry.
  const style = /<style>([\s\S]*?)<\/style>/.exec(readFileSync(resolve(dist, 'index.html'), 'utf8'))?.[1];
  expect(style, 'the inline style of index.html').toBeDefined();
  expect(directive(headers['content-security-policy']!, 'style-src')).toEqual(["'self'", sha256(style!)]);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy'], 'Permissions-Policy').toMatch(/\w+=\(\)/);
  expect(headers['x-content-type-options']).toBe('nosniff');
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
