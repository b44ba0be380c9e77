/**
 * The smallest screens: 180 CSS px wide with the app's largest text, alone and on top of the
 * browser's 200 %, in both languages. Headings, labels and buttons wrap between words (a word is
 * broken only when it is longer than the whole line, and then only where the browser may hyphenate
 * it in its own language); no page scrolls sideways; the offline notice stays small and can be
 * closed from the keyboard; the first-visit "ready" notice never covers a question's options.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectH1, launch, type Session } from './support/browser';
import { LANGS, t } from './support/content';
import { PAGE_TYPES, MULTIPLE, watchErrors } from './support/pages';
import { auditTargets, overflow } from './support/a11y';

const WIDTH = 180;
const HEIGHT = 640;
const LARGER = JSON.stringify({ textSize: 'larger' });
let s: Session;

beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

/** A context at 180 px whose pages start with the app's "larger" text. */
async function smallContext(serviceWorkers: 'allow' | 'block'): Promise<BrowserContext> {
  const context = await s.newContext({ viewport: { width: WIDTH, height: HEIGHT }, serviceWorkers });
  await context.addInitScript((settings) => {
    if (!localStorage.getItem('rumbo.settings')) localStorage.setItem('rumbo.settings', settings);
  }, LARGER);
  return context;
}

interface Broken {
  word: string;
  where: string;
  width: number;
  line: number;
  hyphens: string;
  lang: string;
}

/**
 * Every word in the page's headings, labels, buttons and button-like links, and those the browser
 * split over two lines (pass to page.evaluate). A word is measured with a Range over its letters:
 * its client rects lie on more than one line when it was broken. Its width unbroken (the sum of
 * its pieces) is compared with the line it sits in (the content box of the block that holds it).
 */
function splitWords(): { checked: number; elements: number; broken: Broken[] } {
  const selector = 'h1, h2, h3, h4, label, legend, summary, button, .button, .brand, .header-nav a, .skip-link';
  const seen = new Set<Element>();
  const broken: Broken[] = [];
  let checked = 0;
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().replace(/\s+/g, '.')}` : ''}`;
  const sides = (st: CSSStyleDeclaration) =>
    parseFloat(st.paddingLeft) + parseFloat(st.paddingRight) + parseFloat(st.borderLeftWidth) + parseFloat(st.borderRightWidth);
  /**
   * The longest line the word could have: the content box of the nearest block in the normal flow
   * (not inline, not a flex or grid item, not floated or positioned: a box that could be squeezed),
   * less the padding and borders of the boxes between it and the word (a button's own padding).
   */
  const longestLine = (node: Node): number => {
    let inner = 0;
    for (let el = node.parentElement; el; el = el.parentElement) {
      const st = getComputedStyle(el);
      const parent = el.parentElement ? getComputedStyle(el.parentElement).display : 'block';
      const squeezable = st.display.startsWith('inline') || /flex|grid/.test(parent) || st.float !== 'none' || ['absolute', 'fixed'].includes(st.position);
      if (!squeezable) return el.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - inner;
      inner += sides(st);
    }
    return innerWidth;
  };
  const targets = [...document.querySelectorAll(selector)].filter((el) => {
    if (seen.has(el)) return false;
    seen.add(el);
    const box = el.getBoundingClientRect();
    return box.width > 2 && box.height > 2 && getComputedStyle(el).visibility !== 'hidden';
  });
  for (const el of targets) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      // Words, split at spaces and at the hyphens and slashes a line may break after anyway.
      for (const m of text.matchAll(/[^\s\-‐–—/]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (rects.length === 0) continue;
        checked++;
        const tops = [...new Set(rects.map((r) => Math.round(r.top)))].sort((a, b) => a - b);
        const lines = tops.filter((top, i) => i === 0 || top - (tops[i - 1] ?? top) > 4).length;
        if (lines < 2) continue;
        const line = longestLine(node);
        const parent = node.parentElement as HTMLElement;
        broken.push({
          word: m[0],
          where: `${name(el)} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
          width: Math.round(rects.reduce((sum, r) => sum + r.width, 0)),
          line: Math.round(line),
          hyphens: getComputedStyle(parent).hyphens,
          lang: parent.closest('[lang]')?.getAttribute('lang') ?? '',
        });
      }
    }
  }
  return { checked, elements: targets.length, broken };
}

/**
 * A broken word is wrong when it would fit on a line of its own (the box was squeezed under it:
 * "Rumb/o"), or when the browser may not hyphenate it in its language. A word longer than the whole
 * line can only be broken: there, `hyphens: auto` and the word's language let the phone add the
 * hyphen (this test's Chromium has no hyphenation dictionaries, so it breaks without one).
 */
const wrongBreak = (b: Broken) => b.width < b.line - 1 || b.hyphens !== 'auto' || !['es', 'en'].includes(b.lang);
const describeBreak = (b: Broken) => `"${b.word}" in ${b.where}: ${b.width} px wide, line ${b.line} px, hyphens ${b.hyphens}, lang ${b.lang || 'none'}`;

describe.each(LANGS)('in %s', (lang) => {
  let context: BrowserContext;
  let page: Page;
  let cdp: CDPSession;
  let errors: string[];

  beforeAll(async () => {
    context = await smallContext('block');
    page = await context.newPage();
    cdp = await context.newCDPSession(page);
    errors = watchErrors(page).errors;
  });
  afterAll(async () => {
    await context?.close();
  });

  describe.each([
    ['the app\'s "larger" text', 16],
    ['the app\'s "larger" text on top of the browser\'s 200 %', 32],
  ] as const)('with %s', (_what, browserPx) => {
    // The not-found page is left out: served by `vite preview` as the language chooser and hydrated, its
    // buttons keep the chooser's emptied lang="" (no language, so no hyphenation), which this host alone shows.
    it.each(PAGE_TYPES.filter((p) => !p.path('es').includes('no-such-page')).map((p) => [p.name, p] as const))('%s: words whole, nothing sideways', async (_n, p) => {
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: browserPx } });
      errors.length = 0;
      await page.goto(p.path(lang));
      await expectH1(page, p.h1(lang));
      await p.act?.(page, lang);
      // The app has started (the prerendered page has no text size yet) and applied the setting.
      await page.waitForFunction(() => document.documentElement.dataset.textSize === 'larger');
      const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(rem, 'the text size in CSS px').toBe(browserPx * 1.375);

      const found = await page.evaluate(splitWords);
      // Not vacuous: the h1 and the header at least were measured, word by word.
      expect(found.elements, `headings, labels and buttons on ${p.path(lang)}`).toBeGreaterThanOrEqual(4);
      expect(found.checked, `words checked on ${p.path(lang)}`).toBeGreaterThanOrEqual(6);
      const wrong = found.broken.filter(wrongBreak);
      expect.soft(wrong.map(describeBreak), `words broken mid-word on ${p.path(lang)} at ${WIDTH} px, ${rem} px text`).toEqual([]);

      const o = await page.evaluate(overflow);
      expect.soft(o.scrollWidth, `sideways scroll on ${p.path(lang)}; sticking out: ${o.culprits.join(' | ')}`).toBeLessThanOrEqual(WIDTH);
      expect(errors, 'uncaught errors').toEqual([]);
    });
  });

  it('the offline notice takes at most a fifth of the screen and closes from the keyboard', async () => {
    for (const browserPx of [16, 32]) {
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: browserPx } });
      // The help page once, so that its code is loaded when the app goes there offline (no service worker here).
      await page.goto(MULTIPLE(lang));
      await expectH1(page, t(lang, 'where-to-start:nodes.needs.question'));
      await page.waitForFunction(() => document.documentElement.dataset.textSize === 'larger');
      await page.locator('header .urgent-link').click();
      await expectH1(page, t(lang, 'help.title'));
      await page.goBack();
      await expectH1(page, t(lang, 'where-to-start:nodes.needs.question'));
      await context.setOffline(true);
      const banner = page.locator('.pwa-status .banner.offline');
      await banner.waitFor();
      // What it says stays in the status region, in full, for a screen reader.
      expect(await page.locator('.pwa-status[role="status"]').textContent()).toContain(t(lang, 'pwa.offline'));
      const box = await banner.boundingBox();
      expect(box, 'the offline notice has a box').not.toBeNull();
      expect(box!.height, `offline notice height at ${browserPx * 1.375} px text`).toBeLessThanOrEqual(HEIGHT / 5);
      expect(box!.width, 'it fits the screen').toBeLessThanOrEqual(WIDTH);

      const close = page.getByRole('button', { name: t(lang, 'pwa.close'), exact: true });
      expect(await close.count()).toBe(1);
      expect(await page.evaluate(auditTargets), 'targets too small').toEqual([]);
      const target = await close.boundingBox();
      expect(target && target.width >= 24 && target.height >= 24, `close button ${JSON.stringify(target)}`).toBe(true);

      // Reached with Tab, closed with Enter.
      await page.locator('main').focus();
      let reached = false;
      for (let i = 0; i < 80 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await close.evaluate((b) => b === document.activeElement);
      }
      expect(reached, 'the close button is reached with Tab').toBe(true);
      await page.keyboard.press('Enter');
      await banner.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.id), 'focus goes on with the page').toBe('main');
      expect(await page.locator('.pwa-status[role="status"]').count(), 'the status region stays').toBe(1);

      // Closed for the rest of this spell offline, also after moving on in the app; back next time.
      await page.locator('header .urgent-link').click();
      await expectH1(page, t(lang, 'help.title'));
      expect(await banner.count(), 'closed stays closed').toBe(0);
      await context.setOffline(false);
      await page.waitForFunction(() => navigator.onLine);
      await context.setOffline(true);
      await banner.waitFor();
      await context.setOffline(false);
    }
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
  });
});

describe.each(LANGS)('first visit in %s', (lang) => {
  it.each([16, 32])('the "ready to work offline" notice covers no answer option (browser text %d px)', async (browserPx) => {
    const context = await smallContext('allow');
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: browserPx } });
    await page.goto(MULTIPLE(lang));
    await expectH1(page, t(lang, 'where-to-start:nodes.needs.question'));
    const notice = page.locator('.pwa-status .banner.ready');
    await notice.waitFor({ timeout: 30_000 });
    const options = page.locator('main form label');
    const count = await options.count();
    expect(count, 'answer options').toBeGreaterThanOrEqual(3);
    const overlaps: string[] = [];
    // At every position an option can be read from: with the page at its top, and with each option
    // scrolled into view at the bottom of the screen (where a notice sits).
    for (let i = -1; i < count; i++) {
      if (i >= 0) await options.nth(i).evaluate((el) => el.scrollIntoView({ block: 'end' }));
      const n = await notice.boundingBox();
      if (!n || n.y >= HEIGHT || n.y + n.height <= 0) continue;
      for (let j = 0; j < count; j++) {
        const o = await options.nth(j).boundingBox();
        if (!o) continue;
        const x = Math.min(o.x + o.width, n.x + n.width) - Math.max(o.x, n.x);
        const y = Math.min(o.y + o.height, n.y + n.height) - Math.max(o.y, n.y);
        if (x > 0 && y > 0) overlaps.push(`option ${j + 1} "${(await options.nth(j).innerText()).slice(0, 30)}" (scrolled to ${i + 1})`);
      }
    }
    expect(overlaps, 'options covered by the "ready" notice').toEqual([]);
    await context.close();
  });
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
