/**
 * A page names in its head every script the app waits for before it first draws that page
 * (src/build/boot-preloads.ts), so on a slow network they all arrive in the round trip of the entry
 * script, not one round trip after it. In the browser: the scripts fetched before the app starts
 * (boot sets data-text-size on <html>) are exactly the entry and the page's modulepreload links,
 * and those were requested while the entry was still arriving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectH1, launch, type Session } from './support/browser';
import { LANGS, pageKinds } from './support/content';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});


const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

describe.each(LANGS)('the scripts a page waits for are named in its head (%s)', (lang) => {
  it.each(pageKinds(lang))('$path', async ({ path, h1 }) => {
    // No service worker: every script comes from the network, as on a first visit.
    const page = await session.newPage({ serviceWorkers: 'block' });
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        observer.disconnect();
        const w = window as unknown as { beforeBoot: { path: string; start: number; end: number }[] };
        w.beforeBoot = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
          path: new URL(e.name).pathname,
          start: e.startTime,
          end: e.responseEnd,
        }));
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-text-size'] });
    });
    const response = await page.goto(path);
    const html = (await response!.text()).split('</head>')[0]!;
    await expectH1(page, h1);
    await page.waitForFunction(() => 'beforeBoot' in window);

    const entry = attr(/<script\b[^>]*type="module"[^>]*>/.exec(html)?.[0] ?? '', 'src');
    const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((m) => attr(m[0], 'href')!);
    expect(entry, 'the entry script').toMatch(/^\/assets\/.+\.js$/);
    expect(preloads.length, 'the page names its language text at least').toBeGreaterThan(0);

    const loaded = await page.evaluate(() => (window as unknown as { beforeBoot: { path: string; start: number; end: number }[] }).beforeBoot);
    const scripts = loaded.filter((r) => r.path.endsWith('.js'));
    expect(scripts.map((r) => r.path).sort(), 'scripts fetched before the app started').toEqual([entry!, ...preloads].sort());
    const entryDone = scripts.find((r) => r.path === entry)!.end;
    for (const r of scripts.filter((s) => s.path !== entry)) {
      expect(r.start, `${r.path} is requested before the entry script has arrived`).toBeLessThan(entryDone);
    }
    await page.context().close();
  });
});
