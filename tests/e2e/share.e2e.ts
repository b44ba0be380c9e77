/**
 * Carrying a result away: the QR code (decoded from the pixels on screen) and the copied link open
 * the same outcome in the same language; the copy fallback; the printed referral sheet; and the
 * bilingual view on question and outcome pages.
 */
import type { BrowserContext, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, ORIGIN, expectH1, launch, type Session } from './support/browser';
import { LANGS, ft, other, stepPath, t, type Lang } from './support/content';
import { decodePng } from './support/png';
import { gotoLive, settle, stored, type StoredSettings } from './support/storage';

const ANSWERS = 'has-certificate:no,document:carne,insured:no';
const OUTCOME = 'get-certificate-uninsured';
const outcomePath = (lang: Lang) => stepPath(lang, OUTCOME, ANSWERS);

let s: Session;
let context: BrowserContext;

beforeAll(async () => {
  s = await launch();
  // Twice the pixels per module, as a phone camera would see a printed or on-screen code.
  context = await s.newContext({ deviceScaleFactor: 2 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
});
afterAll(async () => {
  await s?.close();
});

async function openOutcome(page: Page, lang: Lang): Promise<void> {
  await page.goto(outcomePath(lang));
  await expectH1(page, ft(lang, `nodes.${OUTCOME}.title`));
  // ShareTools is lazy-loaded: wait for its buttons.
  await page.getByRole('button', { name: t(lang, 'share.print'), exact: true }).waitFor();
}

const button = (page: Page, lang: Lang, key: string) => page.locator('.share-tools').getByRole('button', { name: t(lang, key), exact: true });

describe.each(LANGS)('share tools in %s', (lang) => {
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
    await openOutcome(page, lang);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('the QR code, once shown, decodes to this very outcome URL', async () => {
    const qr = page.locator('svg.qr');
    expect(await qr.count(), 'the QR code is not even drawn until asked for (it costs a cheap phone a moment)').toBe(0);
    await button(page, lang, 'share.showQr').click();
    await qr.waitFor({ state: 'visible' });
    expect(await button(page, lang, 'share.hideQr').getAttribute('aria-expanded')).toBe('true');
    expect(await qr.getAttribute('aria-label')).toBe(t(lang, 'share.qrLabel'));
    const { width, height, data } = decodePng(await qr.screenshot());
    const code = jsQR(data, width, height);
    expect(code, 'jsQR found no QR code in the screenshot').not.toBeNull();
    expect(code!.data).toBe(`${BASE}${outcomePath(lang)}`);
    expect(code!.data).toBe(page.url());
    // The module count is the viewBox, drawn on a white square.
    expect(await qr.getAttribute('viewBox')).toMatch(/^0 0 (\d+) \1$/);
    expect(await qr.locator('rect').getAttribute('fill')).toBe('#fff');
    // The code opens the same result, in the same language, on another phone.
    const phone = await context.newPage();
    await phone.goto(code!.data);
    await expectH1(phone, ft(lang, `nodes.${OUTCOME}.title`));
    expect(await phone.locator('html').getAttribute('lang')).toBe(lang);
    await phone.close();
    await button(page, lang, 'share.hideQr').click();
    await qr.waitFor({ state: 'hidden' });
  });

  it('without Web Share, "Copy link" puts the outcome URL on the clipboard', async () => {
    expect(await page.evaluate(() => typeof navigator.share), 'this test needs a browser without Web Share').toBe('undefined');
    expect(await button(page, lang, 'share.share').count()).toBe(0);
    await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
    await button(page, lang, 'share.copy').click();
    await page.locator('.share-tools [role="status"]').getByText(t(lang, 'share.copied'), { exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BASE}${outcomePath(lang)}`);
    // The link is also written out, to copy by hand.
    expect(await page.locator('.share-url a').getAttribute('href')).toBe(`${BASE}${outcomePath(lang)}`);
  });
});

it('when the clipboard refuses, the page says how to copy the link by hand', async () => {
  const denied = await s.newContext();
  const page = await denied.newPage();
  // Clipboard writing refused for this site, as a browser or its owner may decide.
  const cdp = await denied.newCDPSession(page);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  await cdp.send('Browser.setPermission', { permission: { name: 'clipboard-write' }, setting: 'denied', origin: ORIGIN, browserContextId: targetInfo.browserContextId });
  await openOutcome(page, 'es');
  expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'clipboard-write' as PermissionName })).state)).toBe('denied');
  await button(page, 'es', 'share.copy').click();
  const status = page.locator('.share-tools [role="status"]');
  await status.getByText(t('es', 'share.copyFailed'), { exact: true }).waitFor();
  expect(await status.innerText()).not.toContain(t('es', 'share.copied'));
  expect(await page.locator('.share-url a').isVisible()).toBe(true);
  await denied.close();
});

it('prints a referral sheet: no header, footer links or buttons; the QR code and the answers', async () => {
  const page = await context.newPage();
  await openOutcome(page, 'es');
  const visible = (selector: string) => page.locator(selector).first().isVisible();
  // On screen: the sheet and the QR code are hidden, the buttons shown.
  expect(await visible('.print-sheet')).toBe(false);
  expect(await visible('#qr-box')).toBe(false);
  expect(await visible('.share-tools .actions')).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-sheet').waitFor();
  for (const hidden of ['.site-header', '.site-footer nav', '.share-tools .actions', 'article.outcome > .actions', '.your-answers', 'article.outcome > h1', '#qr-box']) {
    expect.soft(await visible(hidden), `${hidden} when printing`).toBe(false);
  }
  expect(await visible('.print-sheet svg.qr'), 'the QR code when printing').toBe(true);
  const printed = await page.locator('.print-sheet').innerText();
  expect(printed).toContain(ft('es', `nodes.${OUTCOME}.title`));
  for (const q of ['has-certificate', 'document', 'insured']) expect(printed).toContain(ft('es', `nodes.${q}.question`));
  expect(printed).toContain(ft('es', 'nodes.document.options.carne'));
  expect(printed).toContain(ft('es', 'nodes.insured.options.no'));
  await page.emulateMedia({ media: 'screen' });
  expect(await visible('.site-header')).toBe(true);
  expect(await visible('.print-sheet')).toBe(false);
  await page.close();
});

it('the bilingual view, turned on in settings, shows every flow text in the other language beneath', async () => {
  const page = await context.newPage();
  await gotoLive(page, '/es/settings/');
  const box = page.getByRole('checkbox', { name: t('es', 'settings.bilingual') });
  await box.check();
  await page.waitForFunction(() => localStorage.getItem('rumbo.settings')?.includes('"bilingual":true'));
  expect((await stored<StoredSettings>(page, 'settings'))?.bilingual).toBe(true);
  const h1 = page.locator('h1');

  // A Spanish question: its title, hint and options, each with the English beneath.
  await page.goto(stepPath('es', 'document', 'has-certificate:no'));
  await h1.locator('.dual[lang=en]').waitFor();
  expect(await h1.locator('.dual[lang=en]').innerText()).toBe(ft('en', 'nodes.document.question'));
  expect((await h1.innerText()).startsWith(ft('es', 'nodes.document.question'))).toBe(true);
  expect(await page.locator('.hint .dual[lang=en]').innerText()).toBe(ft('en', 'nodes.document.hint'));
  expect(await page.locator('label[for="document-carne"] .dual[lang=en]').innerText()).toBe(ft('en', 'nodes.document.options.carne'));

  // Outcomes: title and summary, in Spanish with English, and in English with Spanish.
  for (const lang of LANGS) {
    const to = other(lang);
    await page.goto(outcomePath(lang));
    await h1.locator(`.dual[lang=${to}]`).waitFor();
    expect(await h1.locator(`.dual[lang=${to}]`).innerText()).toBe(ft(to, `nodes.${OUTCOME}.title`));
    expect(await page.locator(`.lead .dual[lang=${to}]`).innerText()).toBe(ft(to, `nodes.${OUTCOME}.summary`));
    const steps = await page.locator('ol.steps > li').count();
    expect(steps).toBeGreaterThan(0);
    expect(await page.locator(`ol.steps > li .dual[lang=${to}]`).count(), 'each step in both languages').toBe(steps);
    // Where to go: each contact's name and what it does, in both languages too.
    const cards = page.locator('main .contact');
    expect(await cards.count(), 'this result has contacts').toBeGreaterThan(0);
    expect(await cards.locator(`h3 .dual[lang=${to}]`).count(), 'each contact name in both languages').toBe(await cards.count());
    expect(await cards.first().locator(`h3 .dual[lang=${to}]`).innerText()).toBe(t(to, 'facts:contacts.minsa.name'));
    expect(await cards.first().locator(`p .dual[lang=${to}]`).first().innerText()).toBe(t(to, 'facts:contacts.minsa.who'));
    expect(await page.locator(`.dual[lang=${lang}]`).count(), 'nothing doubled in the page language').toBe(0);
  }

  // Off again: one language only.
  await gotoLive(page, '/es/settings/');
  await box.uncheck();
  await page.waitForFunction(() => localStorage.getItem('rumbo.settings')?.includes('"bilingual":false'));
  await page.goto(outcomePath('es'));
  await expectH1(page, ft('es', `nodes.${OUTCOME}.title`));
  await settle(page);
  expect(await page.locator('.dual').count()).toBe(0);
  await page.close();
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
