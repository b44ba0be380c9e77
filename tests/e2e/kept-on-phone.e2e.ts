/**
 * Kept on the device. Browsers delete a site's "best-effort" data to free space, and an offline app
 * deleted that way is gone exactly when there is no signal. Rumbo asks the browser to keep its data
 * (navigator.storage.persist()) once it is installed or once a result is shown; Settings says, in
 * plain words, whether it works offline here, whether the browser keeps it and how much space it
 * takes; and when the app starts online and finds its offline copy incomplete (the caches deleted,
 * the service worker still registered), it puts it back without a prompt.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, expectH1, launch, launchPersistent, type PersistentSession, type Session } from './support/browser';
import { LANGS, t, type Lang } from './support/content';
import { cachedCount, installed, kindOf, offlineFiles, prerenderedRoutes, sample, untilCached } from './support/edges';

/** Counts the app's calls to navigator.storage.persist() (the browser's answer is unchanged). */
function countPersistCalls() {
  const w = window as unknown as { persistCalls: number };
  w.persistCalls = 0;
  const persist = navigator.storage.persist.bind(navigator.storage);
  navigator.storage.persist = () => {
    w.persistCalls += 1;
    return persist();
  };
}
const persistCalls = (page: Page) => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);

/** A result of the disability-certificate flow, opened as a person would reach it. */
const RESULT = (l: Lang) => `/${l}/flows/disability-certificate/get-certificate/?a=has-certificate:no,document:carne,insured:yes`;

describe('asking the browser to keep Rumbo', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('once a result is shown, not before', async () => {
    const context = await s.newContext();
    await context.addInitScript(countPersistCalls);
    const page = await context.newPage();
    await page.goto('/es/flows/disability-certificate/document/?a=has-certificate:no');
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(await persistCalls(page), 'a question does not ask').toBe(0);
    await page.goto(RESULT('es'));
    await page.getByRole('button', { name: t('es', 'share.print'), exact: true }).waitFor();
    await expect.poll(() => persistCalls(page)).toBe(1);
    await context.close();
  });

  it('once the app is installed (the appinstalled event), or when it starts installed (display-mode: standalone)', async () => {
    const context = await s.newContext();
    await context.addInitScript(countPersistCalls);
    const page = await context.newPage();
    await page.goto('/en/');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-text-size'));
    await page.waitForLoadState('networkidle');
    expect(await persistCalls(page), 'a visit in the browser does not ask').toBe(0);
    await page.evaluate(() => dispatchEvent(new Event('appinstalled')));
    await expect.poll(() => persistCalls(page)).toBe(1);

    const standalone = await s.newContext();
    await standalone.addInitScript(countPersistCalls);
    await standalone.addInitScript(() => {
      const matchMedia = window.matchMedia.bind(window);
      window.matchMedia = (q: string) => (q.includes('display-mode: standalone') ? ({ ...matchMedia(q), matches: true, media: q } as MediaQueryList) : matchMedia(q));
    });
    const app = await standalone.newPage();
    await app.goto('/en/');
    await expect.poll(() => persistCalls(app)).toBe(1);
    await context.close();
    await standalone.close();
  });
});

describe('Settings says whether Rumbo is kept on this device, and the space it takes', () => {
  let s: PersistentSession;
  beforeAll(async () => {
    s = await launchPersistent();
    await installed(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** The status region's paragraphs once it says something about storage. */
  async function status(lang: Lang): Promise<string[]> {
    await s.page.goto(`/${lang}/settings/`);
    await expectH1(s.page, t(lang, 'settings.title'));
    const region = s.page.locator('.device-status');
    expect(await region.getAttribute('role'), 'a status region: what it says is announced').toBe('status');
    await s.page.waitForFunction(() => document.querySelectorAll('.device-status p').length >= 3);
    return (await region.locator('p').allInnerTexts()).map((p) => p.trim());
  }

  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** "It takes up 1.5 MB." / "Ocupa 1.5 MB.": a number of megabytes, one decimal at most. */
  const size = (lang: Lang) => {
    const [before = '', after = ''] = t(lang, 'settings.device.size').split('{{size}}');
    return new RegExp(`^${escape(before)}\\d+(\\.\\d)? MB${escape(after)}$`);
  };

  it.each(LANGS)('in %s, before the browser has agreed to keep it', async (lang) => {
    const lines = await status(lang);
    expect(lines.slice(0, 2)).toEqual([t(lang, 'settings.device.ready'), t(lang, 'settings.device.notKept')]);
    expect(lines[2]).toMatch(size(lang));
  });

  it.each(LANGS)('in %s, once the browser keeps it', async (lang) => {
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Browser.grantPermissions', { origin: ORIGIN, permissions: ['durableStorage'] });
    // A result asks the browser, which now agrees.
    await s.page.goto(RESULT(lang));
    await s.page.getByRole('button', { name: t(lang, 'share.print'), exact: true }).waitFor();
    await expect.poll(() => s.page.evaluate(() => navigator.storage.persisted())).toBe(true);
    const lines = await status(lang);
    expect(lines.slice(0, 2)).toEqual([t(lang, 'settings.device.ready'), t(lang, 'settings.device.kept')]);
    expect(lines[2]).toMatch(size(lang));
  });
});

describe('an offline copy the browser deleted is put back at the next online start', () => {
  let s: PersistentSession;
  beforeAll(async () => {
    s = await launchPersistent();
    await installed(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  // A fixed sample of every kind of page, in both languages.
  const routes = sample(prerenderedRoutes(), 30, 7, kindOf);

  it('the worker keeps every file of its list', async () => {
    expect(await cachedCount(s.page)).toBe(offlineFiles().files.length);
  });

  it('with the caches deleted and the worker still registered, one online start later every sampled route opens offline', async () => {
    await s.page.evaluate(async () => {
      for (const name of await caches.keys()) await caches.delete(name);
    });
    expect(await cachedCount(s.page), 'the caches are gone').toBe(0);
    expect(await s.page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active)), 'the worker is still registered').toBe(true);
    // One start with a signal, and no prompt to answer.
    await s.page.reload();
    await untilCached(s.page);

    await s.context.setOffline(true);
    expect(routes.length).toBeGreaterThanOrEqual(30);
    const failed: string[] = [];
    for (const route of routes) {
      try {
        await s.page.goto(route.url);
        await s.page.waitForFunction(() => document.documentElement.hasAttribute('data-text-size') && document.querySelector('main h1'), undefined, { timeout: 10_000 });
        const lang = await s.page.evaluate(() => document.documentElement.lang);
        if (lang !== route.lang) failed.push(`${route.url}: lang ${lang}`);
      } catch (e) {
        failed.push(`${route.url}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    expect(failed, `${failed.length} of ${routes.length} sampled routes`).toEqual([]);
    expect(new Set(routes.map(kindOf)).size, 'page kinds sampled').toBeGreaterThan(10);
  }, 180_000);

  it('Settings, offline, says Rumbo works offline here', async () => {
    await s.page.goto('/en/settings/');
    await expectH1(s.page, t('en', 'settings.title'));
    await s.page.locator('.device-status p', { hasText: t('en', 'settings.device.ready') }).waitFor();
    await s.context.setOffline(false);
  });
});
