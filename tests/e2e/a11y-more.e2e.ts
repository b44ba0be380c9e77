/**
 * Accessibility beyond a plain axe run, on every page TYPE in both languages, at 320 CSS px:
 * axe (WCAG 2.0-2.2 A/AA), the skip link, landmarks, target sizes, reflow (also with 200 % text
 * and the app's largest text setting), dark mode with reduced motion, forced colors, and focus plus
 * title after in-app navigation.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, expectH1, launch, type Session } from './support/browser';
import { FLOW, LANGS, ft, t, type Lang } from './support/content';
import { PAGE_TYPES, clientGo, watchErrors, type PageType } from './support/pages';
import { auditTargets, axe, borderlessButtons, overflow } from './support/a11y';
import { expectFocusOnH1 } from './support/keyboard';

const WIDTH = 320;
let s: Session;
let page: Page;
let cdp: CDPSession;
let errors: string[];

beforeAll(async () => {
  s = await launch();
  // No service worker here: its "ready to work offline" banner would appear at a random moment in
  // the middle of a measurement (the banner is checked on its own below).
  const context = await s.newContext({ viewport: { width: WIDTH, height: 740 }, serviceWorkers: 'block' });
  page = await context.newPage();
  cdp = await context.newCDPSession(page);
  errors = watchErrors(page).errors;
});
afterAll(async () => {
  await s?.close();
});

async function open(p: PageType, lang: Lang): Promise<void> {
  await page.goto(p.path(lang));
  await expectH1(page, p.h1(lang));
  await p.act?.(page, lang);
}

/** Chrome's own text size setting (Settings, Appearance, Font size): 16 px is 100 %. */
const browserTextSize = (px: number) => cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });

async function expectNoSidewaysScroll(what: string): Promise<void> {
  const o = await page.evaluate(overflow);
  expect.soft(o.scrollWidth, `${what}: the page scrolls sideways on ${page.url()}; sticking out: ${o.culprits.join(' | ')}`).toBeLessThanOrEqual(WIDTH);
}

describe.each(LANGS)('in %s', (lang) => {
  it.each(PAGE_TYPES.map((p) => [p.name, p] as const))('%s: axe, skip link, landmarks, targets, reflow, dark, forced colors', async (_n, p) => {
    if (page.url().startsWith(BASE)) await page.evaluate(() => localStorage.clear());
    errors.length = 0;
    await open(p, lang);

    // a11y.e2e.ts runs the full axe on its pages already (light, 360 px): not twice (axe is slow).
    if (!p.axedElsewhere) {
      const all = await axe(page);
      expect.soft(all.ids, `axe on ${p.path(lang)} at ${WIDTH} px:\n${all.report}`).toEqual([]);
    }

    // Landmarks: one banner, one main (holding the h1), one contentinfo, and every nav named, each differently.
    expect.soft(await page.getByRole('banner').count(), 'banner landmarks').toBe(1);
    expect.soft(await page.getByRole('main').count(), 'main landmarks').toBe(1);
    expect.soft(await page.getByRole('contentinfo').count(), 'contentinfo landmarks').toBe(1);
    expect.soft(await page.locator('main h1').count(), 'the h1 is inside main').toBe(1);
    const navs = await page.getByRole('navigation').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')?.trim() ?? ''));
    expect.soft(navs, 'navigation landmarks and their labels').toEqual([t(lang, 'nav.label'), t(lang, 'nav.footer')]);

    // The skip link is the first Tab stop, shows when focused, and moves focus to main. Where the
    // page has already focused something (#P30, an error summary), the link is focused directly.
    const skip = page.locator('a.skip-link');
    if (await page.evaluate(() => document.activeElement === document.body)) await page.keyboard.press('Tab');
    else await skip.focus();
    expect.soft(await page.evaluate(() => document.activeElement?.className), 'first Tab stop').toBe('skip-link');
    expect.soft(await skip.innerText()).toBe(t(lang, 'nav.skip'));
    const box = await skip.boundingBox();
    expect.soft(box && box.y >= 0 && box.height >= 44 && box.width >= 44, `focused skip link box ${JSON.stringify(box)}`).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main', undefined, { timeout: 2_000 }).catch(() => undefined);
    expect.soft(await page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}#${document.activeElement?.id}`), 'focus after the skip link').toBe('main#main');

    const small = await page.evaluate(auditTargets);
    expect.soft(small.map((x) => `${x.target} is ${x.size}, needs ${x.need}`), `targets too small on ${p.path(lang)}`).toEqual([]);

    await expectNoSidewaysScroll(`${WIDTH} px`);
    await browserTextSize(32);
    await expectNoSidewaysScroll(`${WIDTH} px, browser text 200 %`);
    await browserTextSize(16);

    // Dark mode with reduced motion: really dark, nothing animates, and every text keeps its contrast.
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const channels = (background.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    expect.soft(Math.max(...channels), `page background in dark mode: ${background}`).toBeLessThan(80);
    expect.soft(await page.evaluate(() => document.getAnimations().length), 'running animations with reduced motion').toBe(0);
    // Colours do not depend on the language and axe's contrast rule is its slowest: once, in Spanish
    // (the light-mode runs above and in a11y.e2e.ts check contrast in both languages).
    if (lang === 'es') {
      const dark = await axe(page, ['color-contrast']);
      expect.soft(dark.ids, `contrast in dark mode on ${p.path(lang)}:\n${dark.report}`).toEqual([]);
    }

    // Forced colors (Windows high contrast): the page still renders, and every button keeps a border.
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'active' });
    expect.soft(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    expect.soft(await page.locator('h1').isVisible(), 'h1 visible in forced colors').toBe(true);
    expect.soft(await page.evaluate(borderlessButtons), `buttons without a border in forced colors on ${p.path(lang)}`).toEqual([]);
    await page.emulateMedia({ forcedColors: 'none' });
    expect(errors, 'uncaught errors').toEqual([]);
  });

  it('no page scrolls sideways with the app\'s "larger" text, alone and on top of the browser\'s 200 %', async () => {
    await page.goto(`/${lang}/`);
    await page.evaluate(() => localStorage.setItem('rumbo.settings', JSON.stringify({ textSize: 'larger' })));
    await page.reload();
    await expectH1(page, t(lang, 'home.title'));
    expect(await page.evaluate(() => document.documentElement.dataset.textSize), 'the setting is applied').toBe('larger');
    for (const p of PAGE_TYPES) {
      await clientGo(page, p.path(lang));
      await expectH1(page, p.h1(lang));
      await p.act?.(page, lang);
      await expectNoSidewaysScroll(`${WIDTH} px, the app's "larger" text`);
      await browserTextSize(32);
      await expectNoSidewaysScroll(`${WIDTH} px, browser text 200 % and the app's "larger" text`);
      await browserTextSize(16);
    }
    await page.evaluate(() => localStorage.clear());
  });

  it('after in-app navigation, focus is on the new h1 and the title names the new page', async () => {
    const steps: { go: () => Promise<void>; h1: string }[] = [
      { go: () => page.locator(`main a[href="/${lang}/flows/${FLOW}/"]`).first().click(), h1: ft(lang, 'title') },
      { go: () => page.getByRole('link', { name: t(lang, 'flow.start') }).click(), h1: ft(lang, 'nodes.has-certificate.question') },
      {
        go: async () => {
          await page.locator('label[for="has-certificate-no"]').click();
          await page.getByRole('button', { name: t(lang, 'flow.continue') }).click();
        },
        h1: ft(lang, 'nodes.document.question'),
      },
      { go: () => page.getByRole('link', { name: t(lang, 'flow.back'), exact: true }).click(), h1: ft(lang, 'nodes.has-certificate.question') },
      { go: () => page.locator('header').getByRole('link', { name: t(lang, 'nav.help') }).click(), h1: t(lang, 'help.title') },
      { go: () => page.locator('footer').getByRole('link', { name: t(lang, 'nav.about') }).click(), h1: t(lang, 'about.title') },
    ];
    await page.goto(`/${lang}/`);
    await expectH1(page, t(lang, 'home.title'));
    let title = await page.title();
    for (const step of steps) {
      const before = page.url();
      await step.go();
      await page.waitForURL((u) => u.href !== before);
      await expectH1(page, step.h1);
      await expectFocusOnH1(page);
      // A screen reader announces the focused h1; the tab's title must say the same page.
      await page.waitForFunction((old) => document.title !== old, title, { timeout: 3_000 }).catch(() => undefined);
      title = await page.title();
      expect(title, `title on ${page.url()}`).toContain(step.h1);
      expect(title.endsWith('Rumbo')).toBe(true);
    }
    expect(page.url().startsWith(BASE)).toBe(true);
  });
});

it('the "ready to work offline" banner passes axe and its button keeps its size and a border in forced colors', async () => {
  const context = await s.newContext({ viewport: { width: WIDTH, height: 740 } });
  const p = await context.newPage();
  await p.goto('/en/');
  const banner = p.locator('.pwa-status').getByText(t('en', 'pwa.ready'));
  await banner.waitFor();
  const found = await axe(p, undefined, '.pwa-status');
  expect.soft(found.ids, found.report).toEqual([]);
  expect.soft(await p.evaluate(auditTargets)).toEqual([]);
  await p.emulateMedia({ forcedColors: 'active' });
  expect(await p.evaluate(borderlessButtons), 'buttons without a border in forced colors').toEqual([]);
  await context.close();
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
