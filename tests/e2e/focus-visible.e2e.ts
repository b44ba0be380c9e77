/**
 * What has keyboard focus can be seen: the "Leave this page quickly" bar, which stays at the top of
 * the screen in the sensitive flows, never covers it (WCAG 2.4.11), also after Continue and with
 * the browser's text at 200 %; the focus ring on the header keeps its contrast in dark mode (1.4.11);
 * and every link or button named apart from its text still has that text in its name (2.5.3), so a
 * person using voice control can say what they see.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectH1, launch, type Session } from './support/browser';
import { LANGS, t, type Lang } from './support/content';
import { watchErrors } from './support/pages';

let s: Session;
let page: Page;
let cdp: CDPSession;
let errors: string[];

beforeAll(async () => {
  s = await launch();
  const context = await s.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  page = await context.newPage();
  cdp = await context.newCDPSession(page);
  errors = watchErrors(page).errors;
});
afterAll(async () => {
  await s?.close();
});

const ct = (lang: Lang, key: string) => t(lang, `children:${key}`);
const started = () => page.waitForFunction(() => document.documentElement.dataset.textSize !== undefined);
/** Chrome's own text size setting: 16 px is 100 %. */
const browserTextSize = (px: number) => cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });

/**
 * The focused element, and whether the quick-exit bar covers it: any of it when it fits the screen
 * below the bar, all of it when it is taller than that (a card at 200 % text).
 */
function focusUnderBar(): { what: string; covered: boolean } {
  const el = document.activeElement as HTMLElement;
  const bar = document.querySelector('.quick-exit')!.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const inBar = el.closest('.quick-exit') !== null;
  const fits = r.height <= window.innerHeight - bar.bottom;
  const covered = fits ? r.top < bar.bottom - 1 && r.bottom > bar.top : r.bottom <= bar.bottom;
  return { what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" (${Math.round(r.top)} to ${Math.round(r.bottom)}, bar to ${Math.round(bar.bottom)})`, covered: !inBar && covered };
}

describe.each(LANGS)('in %s', (lang) => {
  it.each([16, 32])('with the browser text at %i px, Shift+Tab through a sensitive result: the quick-exit bar covers nothing focused', async (px) => {
    await browserTextSize(px);
    await page.goto(`/${lang}/flows/children/danger-now/?a=who:other,situation:danger`);
    await expectH1(page, ct(lang, 'nodes.danger-now.title'));
    await started();
    // From the last link of the page back up to the quick-exit button.
    await page.locator('footer a').last().focus();
    const covered: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Shift+Tab');
      const at = await page.evaluate(focusUnderBar);
      if (at.covered) covered.push(at.what);
      if (await page.evaluate(() => document.activeElement?.closest('.quick-exit') !== null)) break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim())).toBe(t(lang, px === 16 ? 'quickExit.action' : 'quickExit.short'));
    expect(covered, 'focused and under the bar').toEqual([]);
    await browserTextSize(16);
  });

  it('at 200 % text on a 320 px screen the quick-exit button shows its short label on one line, named as it reads; at 100 % the whole label', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const exit = page.locator('.quick-exit-button');
    const bar = () => page.locator('.quick-exit').evaluate((el) => el.getBoundingClientRect().height);
    try {
      await browserTextSize(32);
      await page.goto(`/${lang}/flows/violence-women/`);
      await started();
      await expect.poll(() => exit.evaluate((el) => (el as HTMLElement).innerText.trim())).toBe(t(lang, 'quickExit.short'));
      expect(await exit.getAttribute('aria-label'), 'no name apart from the text').toBeNull();
      expect(await page.getByRole('button', { name: t(lang, 'quickExit.short'), exact: true }).count()).toBe(1);
      const lineHeight = await exit.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      const text = await exit.locator('.quick-exit-short').evaluate((el) => el.getBoundingClientRect().height);
      expect(text, 'the short label on one line').toBeLessThan(lineHeight * 1.5);
      expect(await bar(), 'the bar takes less than a fifth of the screen').toBeLessThan(640 / 5);
      await browserTextSize(16);
      await expect.poll(() => exit.evaluate((el) => (el as HTMLElement).innerText.trim())).toBe(t(lang, 'quickExit.action'));
      expect(await page.getByRole('button', { name: t(lang, 'quickExit.action'), exact: true }).count()).toBe(1);
    } finally {
      await browserTextSize(16);
      await page.setViewportSize({ width: 360, height: 740 });
    }
  });

  it('after Continue further down the page, the next question\'s heading is below the bar, and so is the first option reached with Tab', async () => {
    await browserTextSize(32);
    await page.goto(`/${lang}/flows/children/who/`);
    await expectH1(page, ct(lang, 'nodes.who.question'));
    await started();
    await page.locator('label[for="who-other"]').click();
    // Scrolled down to Continue, as a person with large text is.
    const scrolled = await page.evaluate(() => {
      document.querySelector('form.question button[type="submit"]')!.scrollIntoView({ block: 'end' });
      return window.scrollY;
    });
    expect(scrolled, 'the page scrolled down to Continue').toBeGreaterThan(0);
    await page.getByRole('button', { name: t(lang, 'flow.continue'), exact: true }).click();
    await expectH1(page, ct(lang, 'nodes.situation.question'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-title');
    expect(await page.evaluate(focusUnderBar), 'the focused heading').toMatchObject({ covered: false });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(focusUnderBar), 'the first option').toMatchObject({ covered: false });
    await browserTextSize(16);
    expect(errors, 'uncaught errors').toEqual([]);
  });

  it('every link or button named apart from its text has that text in its name (sources in brackets included)', async () => {
    for (const path of [`/${lang}/flows/children/`, `/${lang}/flows/children/danger-now/?a=who:other,situation:danger`, `/${lang}/help/`]) {
      await page.goto(path);
      await page.locator('h1').waitFor();
      const named = await page.locator('main a[aria-label], main button[aria-label]').evaluateAll((els) =>
        els.map((e) => ({ text: (e as HTMLElement).innerText.trim(), name: e.getAttribute('aria-label')!.trim() })).filter((x) => x.text),
      );
      expect(named.length, `links named apart from their text on ${path}`).toBeGreaterThan(0);
      expect(named.filter((x) => !x.name.toLowerCase().includes(x.text.toLowerCase())), path).toEqual([]);
    }
  });
});

/** WCAG contrast of two `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

it.each(['light', 'dark'] as const)('in %s mode the focus ring on the header stands out from it (at least 3:1)', async (scheme) => {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto('/es/');
  await page.locator('h1').waitFor();
  await started();
  await page.keyboard.press('Tab'); // the skip link
  await page.keyboard.press('Tab'); // Rumbo, home
  const ring = await page.evaluate(() => {
    const el = document.activeElement!;
    return { cls: el.className, outline: getComputedStyle(el).outlineColor, width: getComputedStyle(el).outlineWidth, header: getComputedStyle(el.closest('header')!).backgroundColor };
  });
  expect(ring.cls).toBe('brand');
  expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
  expect(contrast(ring.outline, ring.header), `outline ${ring.outline} on ${ring.header}`).toBeGreaterThanOrEqual(3);
  await page.emulateMedia({ colorScheme: 'light' });
});
