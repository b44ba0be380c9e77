/**
 * The record in the reader's language: on /es/sources/ each paragraph is Rumbo's Spanish translation,
 * labelled as unofficial, in Spanish (lang="es"), with the English original (lang="en"), the source,
 * one tap away; /en/sources/ stays English only; only the Spanish sources page downloads the
 * translation. And citations read "(P30)", with no gap between the code and its brackets or commas.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, expectH1, launch, type Session } from './support/browser';
import { ft, stepPath, t } from './support/content';

const recordDir = fileURLToPath(new URL('../../content/record/', import.meta.url));
/** A paragraph's text as a record file writes it (after "**P30.** "). */
const paragraph = (file: string, n: number) => new RegExp(`^\\*\\*P${n}\\.\\*\\*\\s+(.*)$`, 'm').exec(readFileSync(`${recordDir}${file}`, 'utf8'))![1]!.trim();
const ORIGINAL_P30 = paragraph('record-numbered.md', 30);
const SPANISH_P30 = paragraph('record-es.md', 30);
const RESULT = stepPath('es', 'get-certificate', 'has-certificate:no,document:carne,insured:yes');

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

/** The scripts a page loaded, with their text. */
async function scriptsOf(page: Page, visit: () => Promise<unknown>): Promise<{ url: string; text: string }[]> {
  const scripts: Promise<{ url: string; text: string }>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text().then((text) => ({ url: r.url(), text }), () => ({ url: r.url(), text: '' })));
  });
  await visit();
  await page.waitForLoadState('networkidle');
  return Promise.all(scripts);
}

const p30Box = (page: Page) => page.locator('#P30').evaluate((el) => ({ bottom: el.getBoundingClientRect().bottom }));

describe('the record in Spanish', () => {
  it('shows each paragraph in Spanish, labelled as an unofficial translation, with the English original one tap away', async () => {
    const page = await s.newPage({ serviceWorkers: 'block' });
    await page.goto('/es/sources/#P30');
    await expectH1(page, t('es', 'sources.title'));
    // Once at the top, plainly.
    await expect(page.locator('main .translation-note').innerText()).resolves.toContain(t('es', 'sources.translation.label'));
    const p30 = page.locator('#P30');
    await p30.locator('details.original').waitFor();
    expect(await p30.getAttribute('class')).toMatch(/\bpara government\b/);
    // The paragraph is the translation, in Spanish, for a screen reader and the read-aloud too.
    const text = p30.locator(':scope > p');
    expect(await text.innerText()).toBe(`P30 ${t('es', 'sources.government')} ${SPANISH_P30}`);
    expect(await text.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('es');
    expect(await p30.innerText()).not.toContain(ORIGINAL_P30.slice(0, 40));
    // Under it, discreetly, the label again and the way to the original, closed; it is not read aloud.
    const details = p30.locator('details.original');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await details.getAttribute('data-no-read')).not.toBeNull();
    const summary = details.locator('summary');
    expect(await summary.innerText()).toBe(t('es', 'sources.translation.open'));
    // One tap: the English original, named as the source, in English.
    await summary.click();
    const original = details.locator('p.original-text');
    await original.waitFor();
    expect(await original.getAttribute('lang')).toBe('en');
    expect(await original.innerText()).toBe(ORIGINAL_P30);
    expect(await details.locator('.original-source').innerText()).toBe(t('es', 'sources.translation.source').replace('{{n}}', '30'));
    expect((await original.boundingBox())!.height, 'the original is shown').toBeGreaterThan(40);
    // Every paragraph has its translation and its original.
    expect(await page.locator('.record > div.para[id^="P"]').count()).toBe(40);
    expect(await page.locator('.record details.original').count()).toBe(40);
    // Italic procedural lines are translated too.
    expect(await page.locator('.record .procedural').first().innerText()).toBe('Se declara abierta la sesión a las 15.05 horas.');
    await page.context().close();
  });

  it('a citation followed from a Spanish result lands on the translated paragraph, with the way back under it', async () => {
    const page = await s.newPage();
    await page.goto(RESULT);
    await expectH1(page, ft('es', 'nodes.get-certificate.title'));
    await page.waitForFunction(() => document.documentElement.dataset.textSize !== undefined);
    const cite = page.locator('main .sources-box .source-refs a[href$="/sources/#P30"]');
    await cite.scrollIntoViewIfNeeded();
    const readTo = await page.evaluate(() => Math.round(scrollY));
    await cite.click();
    await page.locator('#P30.targeted').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id), 'the paragraph is focused').toBe('P30');
    const back = page.locator('#P30 + .back-to a');
    await back.waitFor();
    expect(await back.innerText()).toBe(t('es', 'sources.back'));
    // Right under the paragraph (longer in Spanish than a phone's screen), where the person finishes reading it.
    const under = (await back.boundingBox())!.y - (await p30Box(page)).bottom;
    expect(under, 'the way back is right under the cited paragraph').toBeGreaterThanOrEqual(0);
    expect(under).toBeLessThan(40);
    await back.scrollIntoViewIfNeeded();
    await back.click();
    await expectH1(page, ft('es', 'nodes.get-certificate.title'));
    expect(Math.abs((await page.evaluate(() => scrollY)) - readTo)).toBeLessThan(4);
    await page.context().close();
  });

  it('the translation ships only to the Spanish sources page: not in its HTML with the original, not to English or flow pages', async () => {
    const html = await (await fetch(`${BASE}/es/sources/`)).text();
    expect(html).toContain(SPANISH_P30.slice(0, 60));
    expect(html, 'the original arrives after the page is drawn').not.toContain(ORIGINAL_P30.slice(0, 60));

    const page = await s.newPage({ serviceWorkers: 'block' });
    const es = await scriptsOf(page, () => page.goto('/es/sources/'));
    expect(es.some((x) => x.text.includes(SPANISH_P30.slice(0, 40))), 'the Spanish page loads the translation').toBe(true);
    const en = await scriptsOf(page, () => page.goto('/en/sources/'));
    expect(en.filter((x) => x.text.includes(SPANISH_P30.slice(0, 40))).map((x) => x.url), 'the English page').toEqual([]);
    await page.context().close();

    const flow = await s.newPage({ serviceWorkers: 'block' });
    const flowScripts = await scriptsOf(flow, () => flow.goto(RESULT));
    expect(flowScripts.filter((x) => x.text.includes(SPANISH_P30.slice(0, 40)) || x.text.includes(ORIGINAL_P30.slice(0, 40))).map((x) => x.url), 'a Spanish result').toEqual([]);
    await flow.context().close();
  });

  it('/en/sources/ stays English only, the original in English, with no translation label', async () => {
    const page = await s.newPage();
    await page.goto('/en/sources/#P30');
    await expectH1(page, t('en', 'sources.title'));
    const p30 = page.locator('p#P30');
    await p30.waitFor();
    expect(await p30.innerText()).toBe(`P30 ${t('en', 'sources.government')} ${ORIGINAL_P30}`);
    expect(await p30.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    expect(await page.locator('.translation-note, details.original').count()).toBe(0);
    await page.context().close();
  });
});

describe('citations', () => {
  it('read "(P30)" and "(S31, S33)": no space and no gap between a code and its brackets or commas', async () => {
    const page = await s.newPage();
    await page.goto(RESULT);
    await expectH1(page, ft('es', 'nodes.get-certificate.title'));
    const cites = await page.locator('main .cite').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
    expect(cites.length).toBeGreaterThan(2);
    for (const cite of cites) expect(cite).toMatch(/^\((?:[PS]\d+[a-z]?)(?:, [PS]\d+[a-z]?)*\)$/);
    // What the eye sees: the glyphs of "(", the code, "," and ")" touch as in running text.
    const gaps = await page.locator('main .source-refs').evaluateAll((lists) =>
      lists.flatMap((list) => {
        const glyphs: { ch: string; left: number; right: number; top: number }[] = [];
        const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (let i = 0; i < (n.textContent ?? '').length; i++) {
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const r = range.getBoundingClientRect();
            glyphs.push({ ch: n.textContent![i]!, left: r.left, right: r.right, top: r.top });
          }
        }
        return glyphs.slice(1).flatMap((g, i) => {
          const prev = glyphs[i]!;
          // On one line, a glyph starts where the one before it ends (a space is a glyph of its own).
          const gap = g.left - prev.right;
          return Math.abs(g.top - prev.top) < 2 && gap > 1 ? [`"${prev.ch}${g.ch}" ${gap.toFixed(1)} px apart in "${list.textContent}"`] : [];
        });
      }),
    );
    expect(gaps).toEqual([]);
    await page.context().close();
  });
});
