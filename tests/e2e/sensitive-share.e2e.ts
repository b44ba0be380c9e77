/**
 * A result's link holds the person's answers (in its query). In the sensitive flows (those with the
 * quick exit: violence against women, children), sharing a result, printing it or showing its QR
 * code first says so in plain words, and the ways to do it appear only once the person says they
 * understand; the focus then goes to the first of them. Other flows show them at once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectH1, launch, type Session } from './support/browser';
import { LANGS, t, type Lang } from './support/content';
import { FLOWS, outcomeIds } from './support/pages';
import { DIST } from './support/edges';
import { axe } from './support/a11y';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const SENSITIVE = FLOWS.filter((f) => f.quickExit === true);

/** A result of a flow, with the answers it was prerendered for (so it opens as a real result). */
function resultOf(flow: string, lang: Lang): { url: string; h1: string } {
  const id = outcomeIds(FLOWS.find((f) => f.id === flow)!)[0]!;
  const html = readFileSync(resolve(DIST, `${lang}/flows/${flow}/${id}/index.html`), 'utf8');
  const url = /<meta name="rumbo-path" content="([^"]*)"/.exec(html)![1]!.replace(/&amp;/g, '&');
  return { url, h1: t(lang, `${flow}:nodes.${id}.title`) };
}

const tools = (page: Page) => page.locator('.share-tools');
const named = (page: Page, lang: Lang, key: string) => tools(page).getByRole('button', { name: t(lang, key), exact: true });

it('the sensitive flows are the ones with the quick exit: violence against women and children', () => {
  expect(SENSITIVE.map((f) => f.id).sort()).toEqual(['children', 'violence-women']);
});

describe.each(LANGS)('in %s', (lang) => {
  it.each(SENSITIVE.map((f) => f.id))('%s: the result first says the link holds the answers, and shows the ways to share once understood', async (flow) => {
    const page = await s.newPage();
    const result = resultOf(flow, lang);
    await page.goto(result.url);
    await expectH1(page, result.h1);
    const confirm = named(page, lang, 'share.sensitiveConfirm');
    await confirm.waitFor();
    // Plain words, before anything that carries the link.
    const warning = tools(page).getByText(t(lang, 'share.sensitive'), { exact: true });
    expect(await warning.isVisible()).toBe(true);
    expect(await confirm.getAttribute('aria-describedby'), 'the button is described by the warning').toBe(await warning.getAttribute('id'));
    for (const key of ['share.print', 'share.share', 'share.copy', 'share.showQr']) expect(await named(page, lang, key).count(), key).toBe(0);
    expect(await tools(page).locator('a[href*="?a="], .share-url, .qr-box, svg.qr').count(), 'no link, no QR code').toBe(0);
    // Printing from the browser's menu before that prints no QR code either.
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(200);
    expect(await page.locator('svg.qr').count(), 'no QR code on a printed sheet').toBe(0);
    await page.emulateMedia({ media: 'screen' });
    const before = await axe(page, undefined, '.share-tools');
    expect(before.ids, before.report).toEqual([]);

    await confirm.click();
    const print = named(page, lang, 'share.print');
    await print.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'the focus moves to the first way to share').toBe(t(lang, 'share.print'));
    expect(await warning.isVisible(), 'the warning stays in view').toBe(true);
    expect(await named(page, lang, 'share.sensitiveConfirm').count()).toBe(0);
    await named(page, lang, 'share.showQr').click();
    // The code on screen (the printed sheet, drawn when printing was tried above, has its own).
    await page.locator('.qr-box svg.qr').waitFor({ state: 'visible' });
    const after = await axe(page, undefined, '.share-tools');
    expect(after.ids, after.report).toEqual([]);
    await page.context().close();
  });

  it('another flow shows the ways to share at once, with no warning', async () => {
    const page = await s.newPage();
    const result = resultOf('disability-certificate', lang);
    await page.goto(result.url);
    await expectH1(page, result.h1);
    await named(page, lang, 'share.print').waitFor();
    expect(await tools(page).getByText(t(lang, 'share.sensitive')).count()).toBe(0);
    expect(await named(page, lang, 'share.sensitiveConfirm').count()).toBe(0);
    await page.context().close();
  });
});
