/**
 * The printed sheet, read from the PDF that Chromium prints (page.pdf(), text by pdf.js):
 * - in the language the caseworker picks for it, whatever the page's (English screen, Spanish
 *   sheet; Spanish screen, English sheet): every text on it, and its QR code, in that language;
 * - with the bilingual view on, the other language after each line, at the same size and weight,
 *   black on white;
 * - one or two pages (A4 and Letter) for every result in both languages, the answer and its QR
 *   code on the first, and nothing a person cannot use on paper.
 */
import type { BrowserContext, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, expectH1, launch, type Session } from './support/browser';
import { LANGS, other, stepPath, t, type Lang } from './support/content';
import { outcomes, flow as flowOf } from './support/flows';
import { pdfPages, squash } from './support/pdf';
import { decodePng } from './support/png';
import { gotoLive } from './support/storage';

const FLOW = 'work-rights';
const OUTCOME = 'work-problem';
const ANSWERS = 'need:problem,problem:work-issue';
/** Its contacts: SOM (free, no number) and SUNAFIL (a free number from an older source: a caveat). */
const CONTACTS = ['som', 'sunafil'];
const path = (lang: Lang) => stepPath(lang, OUTCOME, ANSWERS, FLOW);
const ft = (lang: Lang, key: string) => t(lang, `${FLOW}:${key}`);
/** A text up to its first placeholder ("Hoja de Rumbo impresa el {{date}}…" → "Hoja de Rumbo impresa el "). */
const before = (text: string) => text.split('{{')[0]!;
const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

let s: Session;
let context: BrowserContext;

beforeAll(async () => {
  s = await launch();
  context = await s.newContext({ deviceScaleFactor: 2 });
});
afterAll(async () => {
  await s?.close();
});

/** Opens a result and waits for its share tools (loaded once the page works). */
async function open(page: Page, url: string): Promise<void> {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(url);
  await page.locator('.share-tools .actions button').first().waitFor();
}

/** Picks the sheet's language with the labelled control, as a caseworker would (keyboard). */
async function chooseSheet(page: Page, screen: Lang, sheet: Lang): Promise<void> {
  const select = page.getByLabel(t(screen, 'share.sheetLang'), { exact: true });
  expect(await select.inputValue(), 'the sheet is in the page language until someone picks another').toBe(screen);
  await select.focus();
  await select.selectOption(sheet);
  const ready = fill(t(screen, 'share.sheetReady'), { language: t(screen, `share.langs.${sheet}`) });
  await page.locator('.share-tools [role="status"]').getByText(ready, { exact: true }).waitFor();
}

/** Prints the page as Chromium would (print media, the sheet drawn), returning the PDF's pages' text. */
async function printed(page: Page, format: 'A4' | 'Letter' = 'A4'): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-sheet').waitFor({ state: 'attached' });
  return pdfPages(await page.pdf({ format }));
}

/** The URL the sheet's QR code opens, decoded from its pixels as printed. */
async function sheetQr(page: Page): Promise<string | undefined> {
  const { width, height, data } = decodePng(await page.locator('.print-sheet svg.qr').screenshot());
  return jsQR(data, width, height)?.data;
}

/** Every text the sheet of this result shows in `lang`: the answer, headings, contacts, QR caption, answers. */
function sheetTexts(lang: Lang): string[] {
  return [
    ft(lang, 'title'),
    ft(lang, `nodes.${OUTCOME}.title`),
    ft(lang, `nodes.${OUTCOME}.summary`),
    t(lang, 'flow.steps'),
    t(lang, 'flow.contacts'),
    t(lang, 'flow.rights'),
    t(lang, 'share.qrCaption'),
    before(t(lang, 'share.printedOn')),
    before(t(lang, 'contact.call')),
    t(lang, 'contact.free'),
    before(t(lang, 'flow.reviewed')),
    t(lang, 'notice.general'),
    ft(lang, 'nodes.need.question'),
    ft(lang, 'nodes.need.options.problem'),
    ft(lang, 'nodes.problem.question'),
    ft(lang, 'nodes.problem.options.work-issue'),
    ...CONTACTS.flatMap((c) => [t(lang, `facts:contacts.${c}.name`), t(lang, `facts:contacts.${c}.who`)]),
    t(lang, 'facts:contacts.sunafil.caveat'),
  ];
}

describe.each([
  ['en', 'es'],
  ['es', 'en'],
] as const)('a %s screen prints a %s sheet', (screen, sheet) => {
  let page: Page;
  let pages: string[];
  beforeAll(async () => {
    page = await context.newPage();
    await open(page, path(screen));
    await expectH1(page, ft(screen, `nodes.${OUTCOME}.title`));
    await chooseSheet(page, screen, sheet);
    pages = await printed(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('every text on it is in the sheet language, none in the page language', () => {
    const text = squash(pages.join('\n'));
    for (const expected of sheetTexts(sheet)) expect.soft(text, `${sheet}: ${expected}`).toContain(squash(expected));
    for (const unwanted of sheetTexts(screen)) {
      // A name written the same in both languages (SUNAFIL) says nothing about the language.
      if (sheetTexts(sheet).includes(unwanted)) continue;
      expect.soft(text, `${screen} text on the ${sheet} sheet: ${unwanted}`).not.toContain(squash(unwanted));
    }
  });

  it('its QR code opens this result in the sheet language, and is on the first page with the answer', async () => {
    expect(await sheetQr(page)).toBe(`${BASE}${path(sheet)}`);
    const first = squash(pages[0]!);
    expect(first).toContain(squash(ft(sheet, `nodes.${OUTCOME}.summary`)));
    expect(first).toContain(squash(t(sheet, 'share.qrCaption')));
  });

  it('the page on screen stays in its own language, and the choice is kept nowhere', async () => {
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('html').getAttribute('lang')).toBe(screen);
    await expectH1(page, ft(screen, `nodes.${OUTCOME}.title`));
    expect(await page.locator('.print-sheet').isVisible()).toBe(false);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('sheet');
    // Opened again, the sheet is in the page language.
    await open(page, path(screen));
    expect(await page.getByLabel(t(screen, 'share.sheetLang'), { exact: true }).inputValue()).toBe(screen);
  });
});

it('with the bilingual view, each line is followed by the other language at the same size and weight, in black', async () => {
  const page = await context.newPage();
  await gotoLive(page, '/es/settings/');
  await page.getByRole('checkbox', { name: t('es', 'settings.bilingual') }).check();
  await page.waitForFunction(() => localStorage.getItem('rumbo.settings')?.includes('"bilingual":true'));
  await open(page, path('es'));
  await chooseSheet(page, 'es', 'en');
  const text = squash((await printed(page)).join('\n'));
  for (const expected of [...sheetTexts('en'), ...sheetTexts('es')]) expect.soft(text, expected).toContain(squash(expected));
  // The sheet's language first, the other after it, line by line.
  expect(text.indexOf(squash(ft('en', `nodes.${OUTCOME}.title`)))).toBeLessThan(text.indexOf(squash(ft('es', `nodes.${OUTCOME}.title`))));
  const styles = await page.$$eval('.print-sheet .sheet-second', (seconds) =>
    seconds.map((el) => {
      const own = getComputedStyle(el);
      const line = getComputedStyle(el.parentElement!);
      return { lang: el.getAttribute('lang'), same: own.fontSize === line.fontSize && own.fontWeight === line.fontWeight, italic: own.fontStyle !== 'normal', color: own.color };
    }),
  );
  expect(styles.length).toBeGreaterThan(10);
  for (const st of styles) {
    expect.soft(st).toEqual({ lang: 'es', same: true, italic: false, color: 'rgb(0, 0, 0)' });
  }
  await gotoLive(page, '/es/settings/');
  await page.getByRole('checkbox', { name: t('es', 'settings.bilingual') }).uncheck();
  await page.waitForFunction(() => localStorage.getItem('rumbo.settings')?.includes('"bilingual":false'));
  await page.close();
});

/** The answers a result page was prerendered with (its "Back" link carries them). */
async function sampleAnswers(lang: Lang, flow: string, outcome: string): Promise<string> {
  const html = await (await fetch(`${BASE}/${lang}/flows/${flow}/${outcome}/`)).text();
  const found = new RegExp(`href="/${lang}/flows/${flow}/[^"]*\\?a=([^"&]*)`).exec(html)?.[1];
  if (!found) throw new Error(`No answers in the prerendered page of ${flow}/${outcome}`);
  return found;
}

/**
 * Results whose sheet may take more than 2 pages, and why. None today: keep this empty, or say
 * here why a result needs the third page.
 */
const LONGER: Record<string, string> = {};

describe.each(LANGS)('every result printed in %s', (lang) => {
  it('takes one or two pages (A4 and Letter), the answer and the QR code on the first, nothing to tap', { timeout: 300_000 }, async () => {
    const page = await context.newPage();
    const lengths: string[] = [];
    for (const { flow, outcome, title } of outcomes(lang)) {
      await open(page, stepPath(lang, outcome, await sampleAnswers(lang, flow, outcome), flow));
      // In the violence and children flows the QR code is printed once the person says they understand.
      if (flowOf(flow).quickExit) await page.getByRole('button', { name: t(lang, 'share.sensitiveConfirm') }).click();
      const a4 = await printed(page, 'A4');
      const letter = await pdfPages(await page.pdf({ format: 'Letter' }));
      const name = `${flow}/${outcome}`;
      lengths.push(`${name}: ${a4.length} A4, ${letter.length} Letter`);
      if (!LONGER[name]) {
        expect.soft(a4.length, `${lang} ${name} on A4`).toBeLessThanOrEqual(2);
        expect.soft(letter.length, `${lang} ${name} on Letter`).toBeLessThanOrEqual(2);
      }
      const first = squash(a4[0]!);
      expect.soft(first, `${lang} ${name}: the answer on page 1`).toContain(squash(title));
      expect.soft(first, `${lang} ${name}: the QR code on page 1`).toContain(squash(t(lang, 'share.qrCaption')));
      expect.soft(await page.locator('.print-sheet svg.qr').count(), `${lang} ${name}: one QR code`).toBe(1);
      // On paper: no links, buttons or form fields, and no "This may also help" cards.
      expect.soft(await page.locator('.print-sheet').locator('a, button, input, select').count(), `${lang} ${name}: nothing to tap`).toBe(0);
      expect.soft(squash(a4.join('')), `${lang} ${name}: no related cards`).not.toContain(squash(t(lang, 'flow.related')));
      expect.soft(squash(a4.join('')), `${lang} ${name}: nothing in ${other(lang)}`).not.toContain(squash(t(other(lang), 'flow.steps')));
    }
    console.log(`Printed length, ${lang}:\n  ${lengths.join('\n  ')}`);
    await page.close();
  });
});
