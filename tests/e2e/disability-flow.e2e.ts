/**
 * The disability-certificate flow, by keyboard alone, in both languages, online and offline:
 * start, questions (with the error summary), check, change an answer, outcome, then Back, reload
 * and the same URL in a new page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, expectH1, htmlLang, launch, launchPersistent, waitForServiceWorker, type PersistentSession, type Session } from './support/browser';
import { FLOW, LANGS, ft, stepOf, t, type Lang } from './support/content';
import { expectFocusOnH1, focused, hrefHas, isRadio, isSubmit, tabTo } from './support/keyboard';

const query = (page: Page) => new URL(page.url()).searchParams;

async function waitForStep(page: Page, step: string): Promise<void> {
  await page.waitForURL((u) => stepOf(u) === step);
}

/** The answer shown on the check page for a question. */
async function shownAnswer(page: Page, lang: Lang, question: string): Promise<string> {
  const row = page.locator('.answer-row').filter({ has: page.getByText(ft(lang, `nodes.${question}.question`), { exact: true }) });
  return (await row.locator('dd').first().innerText()).trim();
}

async function keyboardWalk(context: BrowserContext, page: Page, lang: Lang): Promise<void> {
  await page.goto(`/${lang}/flows/${FLOW}/`);
  await expectH1(page, ft(lang, 'title'));
  await tabTo(page, 'the Start link', hrefHas(`/flows/${FLOW}/has-certificate/`));
  await page.keyboard.press('Enter');

  // First question: Continue without an answer shows the error summary, focused.
  await waitForStep(page, 'has-certificate');
  await expectH1(page, ft(lang, 'nodes.has-certificate.question'));
  await expectFocusOnH1(page);
  await tabTo(page, 'Continue', isSubmit);
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toContain(t(lang, 'flow.errorTitle'));
  expect(await alert.innerText()).toContain(t(lang, 'flow.errorSingle'));
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary')).catch(() => undefined);
  expect((await focused(page)).classes, 'focus on the error summary').toContain('error-summary');
  expect(await page.title()).toMatch(new RegExp(`^${t(lang, 'flow.errorPrefix')}`));
  await tabTo(page, 'the link in the error summary', (f) => f.tag === 'a' && f.text === t(lang, 'flow.errorSingle'), { max: 3 });
  await page.keyboard.press('Enter');
  expect((await focused(page)).id, 'the error link focuses the first radio').toBe('has-certificate-yes');
  await page.keyboard.press('ArrowDown');
  expect(await page.isChecked('#has-certificate-no')).toBe(true);
  await tabTo(page, 'Continue', isSubmit);
  await page.keyboard.press('Enter');

  // Second question: Tab to the first radio, over to Continue and back with Shift+Tab, Space chooses.
  await waitForStep(page, 'document');
  await expectH1(page, ft(lang, 'nodes.document.question'));
  await expectFocusOnH1(page);
  await tabTo(page, 'the first radio', isRadio('document-carne'), { max: 1 });
  await tabTo(page, 'Continue', isSubmit);
  await tabTo(page, 'the first radio again', isRadio('document-carne'), { back: true });
  await page.keyboard.press('Space');
  expect(await page.isChecked('#document-carne')).toBe(true);
  await tabTo(page, 'Continue', isSubmit);
  await page.keyboard.press('Enter');

  // Third question.
  await waitForStep(page, 'insured');
  await expectH1(page, ft(lang, 'nodes.insured.question'));
  await expectFocusOnH1(page);
  await tabTo(page, 'the first radio', isRadio('insured-yes'), { max: 1 });
  await page.keyboard.press('Space');
  await tabTo(page, 'Continue', isSubmit);
  await page.keyboard.press('Enter');

  // Check your answers.
  await waitForStep(page, 'check');
  await expectH1(page, t(lang, 'flow.checkTitle'));
  await expectFocusOnH1(page);
  expect(query(page).get('a')).toBe('has-certificate:no,document:carne,insured:yes');
  expect(await shownAnswer(page, lang, 'insured')).toBe(ft(lang, 'nodes.insured.options.yes'));

  // Change one answer: it is pre-selected; choose another; back on the check page.
  await tabTo(page, 'Change (insured)', hrefHas(`/flows/${FLOW}/insured/`, 'return=check'));
  await page.keyboard.press('Enter');
  await waitForStep(page, 'insured');
  await expectH1(page, ft(lang, 'nodes.insured.question'));
  await expectFocusOnH1(page);
  expect(await page.isChecked('#insured-yes'), 'the given answer is pre-selected').toBe(true);
  await tabTo(page, 'the chosen radio', isRadio('insured-yes'), { max: 1 });
  await page.keyboard.press('ArrowDown');
  expect(await page.isChecked('#insured-no')).toBe(true);
  await tabTo(page, 'Continue', isSubmit);
  await page.keyboard.press('Enter');
  await waitForStep(page, 'check');
  await expectH1(page, t(lang, 'flow.checkTitle'));
  await expectFocusOnH1(page);
  expect(query(page).get('a')).toBe('has-certificate:no,document:carne,insured:no');
  expect(await shownAnswer(page, lang, 'insured')).toBe(ft(lang, 'nodes.insured.options.no'));
  expect(await shownAnswer(page, lang, 'document')).toBe(ft(lang, 'nodes.document.options.carne'));
  const checkUrl = page.url();

  // The outcome follows the changed answer.
  await tabTo(page, 'See my result', (f) => f.tag === 'a' && f.text === t(lang, 'flow.seeResult'));
  await page.keyboard.press('Enter');
  await waitForStep(page, 'get-certificate-uninsured');
  await expectH1(page, ft(lang, 'nodes.get-certificate-uninsured.title'));
  await expectFocusOnH1(page);
  const outcomeUrl = page.url();

  // Reload keeps the step; Back goes one step back; a new page shows the same step and language.
  await page.reload();
  await expectH1(page, ft(lang, 'nodes.get-certificate-uninsured.title'));
  expect(page.url()).toBe(outcomeUrl);
  await page.goBack();
  await waitForStep(page, 'check');
  expect(page.url()).toBe(checkUrl);
  await expectH1(page, t(lang, 'flow.checkTitle'));
  expect(await shownAnswer(page, lang, 'insured')).toBe(ft(lang, 'nodes.insured.options.no'));
  await page.reload();
  await expectH1(page, t(lang, 'flow.checkTitle'));
  expect(page.url()).toBe(checkUrl);
  const other = await context.newPage();
  await other.goto(outcomeUrl);
  await expectH1(other, ft(lang, 'nodes.get-certificate-uninsured.title'));
  expect(await htmlLang(other)).toBe(lang);
  await other.close();
  expect(await htmlLang(page)).toBe(lang);
}

describe('online', () => {
  let s: Session;
  let context: BrowserContext;
  beforeAll(async () => {
    s = await launch();
    context = await s.newContext();
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each(LANGS)('the whole flow by keyboard alone in %s', async (lang) => {
    await keyboardWalk(context, await context.newPage(), lang);
  });

  it('sent no request outside the app origin', () => {
    s.requests.expectOnlyOwnOrigin();
  });
});

describe('offline', () => {
  let s: PersistentSession;
  beforeAll(async () => {
    s = await launchPersistent();
    await s.page.goto(`${BASE}/es/`);
    await waitForServiceWorker(s.page);
    await s.context.setOffline(true);
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each(LANGS)('the whole flow by keyboard alone in %s, offline', async (lang) => {
    await keyboardWalk(s.context, s.page, lang);
    expect(await s.page.evaluate(() => navigator.onLine)).toBe(false);
  });

  it('sent no request outside the app origin', () => {
    s.requests.expectOnlyOwnOrigin();
  });
});
