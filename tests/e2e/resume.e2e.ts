/**
 * "Continue where you left off": a flow left half-way is offered on the home page (in the language
 * being read) and continues at the same step with the same answers; reaching the outcome, Discard
 * and "Delete my data" forget it; sensitive flows never keep it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, expectH1, launch, type Session } from './support/browser';
import { FLOW, ft, stepPath, t } from './support/content';
import { flow as flowOf, secondQuestion } from './support/flows';
import { gotoLive, settle, storageKeys, stored } from './support/storage';

interface Resume {
  flow: string;
  url: string;
  at: number;
}

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const card = (page: Page) => page.locator('section.resume');
const savedUrl = async (page: Page) => (await stored<Resume>(page, 'resume'))?.url;
const here = (page: Page) => page.url().slice(BASE.length);

async function answer(page: Page, question: string, option: string): Promise<void> {
  await page.locator(`label[for="${question}-${option}"]`).click();
  await page.getByRole('button', { name: t('es', 'flow.continue'), exact: true }).click();
}

/** A flow left at its second question, as the first test shows the app keeps it. */
const leaveHalfWay = (page: Page) =>
  page.evaluate(([flow, url]) => localStorage.setItem('rumbo.resume', JSON.stringify({ flow, url, at: Date.now() })), [FLOW, stepPath('es', 'document', 'has-certificate:no')]);

/** The home page, once its deferred parts had their chance to show. */
async function openHome(page: Page, lang: 'es' | 'en' = 'es'): Promise<void> {
  await page.goto(`/${lang}/`);
  await expectH1(page, t(lang, 'home.title'));
  await settle(page);
}

it('a flow left half-way is offered on home and continues at the same step, until the outcome', async () => {
  const page = await s.newPage();
  await openHome(page);
  expect(await card(page).count(), 'nothing to continue on a new device').toBe(0);

  await page.goto(`/es/flows/${FLOW}/`);
  await page.getByRole('link', { name: t('es', 'flow.start'), exact: true }).click();
  await expectH1(page, ft('es', 'nodes.has-certificate.question'));
  await page.waitForFunction(() => localStorage.getItem('rumbo.resume') !== null);
  expect(await savedUrl(page)).toBe(stepPath('es', 'has-certificate'));
  await answer(page, 'has-certificate', 'no');
  await answer(page, 'document', 'carne');
  await expectH1(page, ft('es', 'nodes.insured.question'));
  const left = stepPath('es', 'insured', 'has-certificate:no,document:carne');
  expect(here(page)).toBe(left);
  await page.waitForFunction((u) => localStorage.getItem('rumbo.resume')?.includes(u), left);
  const resume = await stored<Resume>(page, 'resume');
  expect(resume).toMatchObject({ flow: FLOW, url: left });
  expect(Object.keys(resume!).sort(), 'only the step URL is kept').toEqual(['at', 'flow', 'url']);

  // Home offers it, in Spanish and, switched, in English.
  await openHome(page);
  await card(page).waitFor();
  expect(await card(page).getByRole('heading', { level: 2 }).innerText()).toBe(t('es', 'resume.title'));
  const link = card(page).getByRole('link');
  expect(await link.innerText()).toBe(t('es', 'resume.action').replace('{{flow}}', ft('es', 'title')));
  expect(await link.getAttribute('href')).toBe(left);
  await openHome(page, 'en');
  expect(await card(page).getByRole('heading', { level: 2 }).innerText()).toBe(t('en', 'resume.title'));
  expect(await card(page).getByRole('link').getAttribute('href')).toBe(stepPath('en', 'insured', 'has-certificate:no,document:carne'));

  // Continue: the same step, the earlier answers kept.
  await openHome(page);
  await link.click();
  await page.waitForURL(`${BASE}${left}`);
  await expectH1(page, ft('es', 'nodes.insured.question'));
  await answer(page, 'insured', 'yes');
  await expectH1(page, t('es', 'flow.checkTitle'));
  const check = stepPath('es', 'check', 'has-certificate:no,document:carne,insured:yes');
  await page.waitForFunction((u) => localStorage.getItem('rumbo.resume')?.includes(u), check);
  expect(await page.locator('.answer-row dd:not(.change)').allInnerTexts()).toEqual(
    [['has-certificate', 'no'], ['document', 'carne'], ['insured', 'yes']].map(([q, o]) => ft('es', `nodes.${q}.options.${o}`)),
  );

  // The outcome ends it: home offers nothing any more, even after a reload.
  await page.getByRole('link', { name: t('es', 'flow.seeResult'), exact: true }).click();
  await expectH1(page, ft('es', 'nodes.get-certificate.title'));
  await page.waitForFunction(() => localStorage.getItem('rumbo.resume') === null).catch(() => undefined);
  expect(await stored(page, 'resume'), 'rumbo.resume after the outcome').toBeNull();
  await openHome(page);
  expect(await card(page).count(), '"continue" after the outcome').toBe(0);
  await page.context().close();
});

it("opening another service's result directly (search, index, a shared link) keeps the flow in progress", async () => {
  const page = await s.newPage();
  const { option, next } = secondQuestion('residency');
  await page.goto(stepPath('es', next, `${flowOf('residency').start}:${option}`, 'residency'));
  await expectH1(page, t('es', `residency:nodes.${next}.question`));
  await page.waitForFunction(() => localStorage.getItem('rumbo.resume')?.includes('residency'));
  const inProgress = await savedUrl(page);
  expect(inProgress).toBe(here(page));
  // A disability-certificate result, opened as the caseworker index or a QR code opens it.
  await page.goto(stepPath('es', 'get-certificate'));
  await expectH1(page, ft('es', 'nodes.get-certificate.title'));
  await settle(page);
  expect(await savedUrl(page), 'the unfinished residency flow').toBe(inProgress);
  await page.context().close();
});

it('"Discard" forgets it', async () => {
  const page = await s.newPage();
  await page.goto('/es/');
  await leaveHalfWay(page);
  await openHome(page);
  await card(page).getByRole('button', { name: t('es', 'resume.discard'), exact: true }).click();
  await card(page).waitFor({ state: 'detached' });
  expect(await stored(page, 'resume')).toBeNull();
  await openHome(page);
  expect(await card(page).count()).toBe(0);
  await page.context().close();
});

it('"Delete my data" in settings removes it, and the settings, from the device', async () => {
  const page = await s.newPage();
  await page.goto('/es/');
  await leaveHalfWay(page);
  await openHome(page);
  await card(page).waitFor();

  await gotoLive(page, '/es/settings/');
  await expectH1(page, t('es', 'settings.title'));
  await page.getByRole('radio', { name: t('es', 'settings.size.large'), exact: true }).check();
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
  expect((await storageKeys(page)).local.filter((k) => k.startsWith('rumbo.')).sort()).toEqual(['rumbo.resume', 'rumbo.settings']);
  await page.getByRole('button', { name: t('es', 'settings.delete'), exact: true }).click();
  await page.getByRole('status').getByText(t('es', 'settings.deleted'), { exact: true }).waitFor();
  expect((await storageKeys(page)).local.filter((k) => k.startsWith('rumbo.')), 'rumbo.* keys after deleting').toEqual([]);
  expect(await page.evaluate(() => document.documentElement.dataset.textSize), 'text size after deleting').toBe('normal');
  expect(await page.getByRole('radio', { name: t('es', 'settings.size.normal'), exact: true }).isChecked()).toBe(true);

  await openHome(page);
  expect(await card(page).count(), '"continue" after deleting my data').toBe(0);
  await page.context().close();
});

describe.each(['violence-women', 'children'])('the sensitive flow %s', (flow) => {
  it('never keeps its step on the device', async () => {
    const page = await s.newPage();
    const { option, next } = secondQuestion(flow);
    const first = flowOf(flow).start;
    await page.goto(`/es/flows/${flow}/`);
    await page.getByRole('link', { name: t('es', 'flow.start'), exact: true }).click();
    await expectH1(page, t('es', `${flow}:nodes.${first}.question`));
    await page.locator('.quick-exit').waitFor();
    expect(await stored(page, 'resume'), `rumbo.resume on the first question of ${flow}`).toBeNull();
    await page.locator(`label[for="${first}-${option}"]`).click();
    await page.getByRole('button', { name: t('es', 'flow.continue'), exact: true }).click();
    await expectH1(page, t('es', `${flow}:nodes.${next}.question`));
    await settle(page);
    expect(await stored(page, 'resume'), `rumbo.resume on the second question of ${flow}`).toBeNull();
    await page.context().close();
  });
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
