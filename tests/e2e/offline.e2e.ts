/** Offline first: once the service worker controls the page, every route opens without a network. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeId, expectH1, htmlLang, launchPersistent, waitForServiceWorker, type PersistentSession } from './support/browser';
import { LANGS, ft, pages, stepPath, t } from './support/content';

let s: PersistentSession;
let page: Page;

beforeAll(async () => {
  s = await launchPersistent();
  page = s.page;
});
afterAll(async () => {
  await s?.close();
});

/** What the page says about being offline (the status region). */
const statusText = (p: Page) => p.locator('.pwa-status').innerText();

it('the service worker controls the page after the first visit and one reload', async () => {
  await page.goto('/es/');
  await expectH1(page, t('es', 'home.title'));
  await waitForServiceWorker(page);
  expect(await statusText(page)).not.toContain(t('es', 'pwa.offline'));
});

describe.each(LANGS)('offline in %s', (lang) => {
  beforeAll(async () => {
    await s.context.setOffline(true);
  });

  it('the network really is gone, and the page says so', async () => {
    await page.goto(`/${lang}/`);
    await expectH1(page, t(lang, 'home.title'));
    // Not precached, so only the network could answer.
    const probe = await page.evaluate(() => fetch(`/robots.txt?probe=${Date.now()}`).then(() => 'answered', () => 'failed'));
    expect(probe).toBe('failed');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.getByText(t(lang, 'pwa.offline')).waitFor();
    expect(await statusText(page)).toContain(t(lang, 'pwa.offline'));
  });

  it('every page opens and reloads with its own h1', async () => {
    for (const p of pages(lang)) {
      await page.goto(p.path);
      await expectH1(page, p.title);
      expect(await htmlLang(page), p.path).toBe(lang);
      await page.reload();
      await expectH1(page, p.title);
    }
    expect(await statusText(page)).toContain(t(lang, 'pwa.offline'));
  });

  it('a flow step with answers in the query opens and reloads', async () => {
    const answers = 'has-certificate:no,document:carne';
    await page.goto(stepPath(lang, 'insured', answers));
    await expectH1(page, ft(lang, 'nodes.insured.question'));
    await page.reload();
    await expectH1(page, ft(lang, 'nodes.insured.question'));
    await page.goto(stepPath(lang, 'check', `${answers},insured:no`));
    await expectH1(page, t(lang, 'flow.checkTitle'));
    await page.goto(stepPath(lang, 'get-certificate-uninsured', `${answers},insured:no`));
    await expectH1(page, ft(lang, 'nodes.get-certificate-uninsured.title'));
  });

  it('a record paragraph opens by its anchor', async () => {
    await page.goto(`/${lang}/sources/#P30`);
    await expectH1(page, t(lang, 'sources.title'));
    await page.locator('#P30').waitFor();
    expect(await page.locator('#P30').getAttribute('class')).toMatch(/\bpara (government|committee)\b/);
    await page.waitForFunction(() => document.activeElement?.id === 'P30').catch(() => undefined);
    expect(await activeId(page), 'the paragraph is focused').toBe('P30');
  });

  it('an unknown path shows the not-found page', async () => {
    await page.goto(`/${lang}/no-such-page/`);
    await expectH1(page, t(lang, 'notFound.title'));
    expect(await htmlLang(page)).toBe(lang);
    expect(await page.getByRole('link', { name: t(lang, 'notFound.home'), exact: true }).getAttribute('href')).toBe(`/${lang}/`);
  });
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
