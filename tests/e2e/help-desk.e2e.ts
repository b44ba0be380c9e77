/**
 * Settings and help-desk mode on a shared device: the settings are kept, the bar shows, walking a
 * flow stores nothing and adds no history entry, "Next person" and the idle timer clear everything
 * and return home (the link the app copied for the last person taken off the clipboard), and the
 * install prompt and "continue where you left off" stay hidden.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, ORIGIN, expectH1, htmlLang, launch, type Session } from './support/browser';
import { FLOW, ft, stepPath, t, type Lang } from './support/content';
import { gotoLive, seedSettings, settle, storageKeys, stored, type StoredSettings } from './support/storage';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const RESUME = { flow: FLOW, url: stepPath('es', 'insured', 'has-certificate:no,document:carne'), at: Date.now() };

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

/** The text size the app applied to <html> (once it started: the prerendered HTML has none). */
async function textSize(page: Page): Promise<string | undefined> {
  await page.waitForFunction(() => document.documentElement.dataset.textSize !== undefined).catch(() => undefined);
  return page.evaluate(() => document.documentElement.dataset.textSize);
}
const historyLength = (page: Page) => page.evaluate(() => history.length);
const bar = (page: Page) => page.locator('.help-desk-bar');
const seedPerson = (page: Page) =>
  page.evaluate((r) => {
    localStorage.setItem('rumbo.resume', JSON.stringify(r));
    sessionStorage.setItem('rumbo.person', 'answers of the last person');
  }, RESUME);

/** Nothing about the person on the device: no resume entry, an empty sessionStorage. */
async function expectNothingStored(page: Page, where: string): Promise<void> {
  expect(await stored(page, 'resume'), `rumbo.resume on ${where}`).toBeNull();
  expect((await storageKeys(page)).session, `sessionStorage on ${where}`).toEqual([]);
}

describe('settings', () => {
  it('text size, idle time and language are chosen on the page and kept on this device', async () => {
    const page = await s.newPage();
    await gotoLive(page, '/es/settings/');
    await expectH1(page, t('es', 'settings.title'));
    expect(await textSize(page)).toBe('normal');
    const idle = page.locator('#idle-minutes');
    expect(await idle.inputValue()).toBe('10');
    expect(await idle.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['2', '5', '10', '20', '30']);

    await page.getByRole('radio', { name: t('es', 'settings.size.larger'), exact: true }).check();
    expect(await textSize(page)).toBe('larger');
    await idle.selectOption('2');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('rumbo.settings') ?? '{}').idleMinutes === 2);
    expect(await stored<StoredSettings>(page, 'settings')).toEqual({ helpDesk: false, idleMinutes: 2, bilingual: false, textSize: 'larger' });
    const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await fontSize()).toBeGreaterThan(16);

    await page.reload();
    await expectH1(page, t('es', 'settings.title'));
    await settle(page);
    expect(await textSize(page)).toBe('larger');
    expect(await page.getByRole('radio', { name: t('es', 'settings.size.larger'), exact: true }).isChecked()).toBe(true);
    expect(await idle.inputValue()).toBe('2');
    await page.goto('/es/help/');
    expect(await textSize(page), 'the text size applies to every page').toBe('larger');

    await gotoLive(page, '/es/settings/');
    await page.getByRole('radio', { name: 'English', exact: true }).check();
    await page.waitForURL(`${BASE}/en/settings/`);
    await expectH1(page, t('en', 'settings.title'));
    expect(await htmlLang(page)).toBe('en');
    await page.context().close();
  });
});

describe('help-desk mode', () => {
  it('the bar shows; walking a flow keeps nothing and adds no history; "Next person" clears and goes home', async () => {
    const page = await s.newPage();
    await gotoLive(page, '/es/settings/');
    await expectH1(page, t('es', 'settings.title'));
    expect(await bar(page).count()).toBe(0);
    await page.getByRole('checkbox', { name: t('es', 'settings.helpDesk') }).check();
    await bar(page).waitFor();
    expect(await bar(page).innerText()).toContain(t('es', 'helpDesk.on'));
    expect((await stored<StoredSettings>(page, 'settings'))?.helpDesk).toBe(true);
    const start = await historyLength(page);

    // From home to the outcome, by clicking, as at the desk.
    await page.locator('footer').getByRole('link', { name: t('es', 'nav.home'), exact: true }).click();
    await page.waitForURL(`${BASE}/es/`);
    await page.locator(`main a.service[href="/es/flows/${FLOW}/"]`).click();
    await expectH1(page, ft('es', 'title'));
    await page.getByRole('link', { name: t('es', 'flow.start'), exact: true }).click();
    const steps: [string, string][] = [['has-certificate', 'no'], ['document', 'carne'], ['insured', 'no']];
    for (const [question, option] of steps) {
      await expectH1(page, ft('es', `nodes.${question}.question`));
      await expectNothingStored(page, question);
      expect(await historyLength(page), `history length on ${question}`).toBe(start);
      await page.locator(`label[for="${question}-${option}"]`).click();
      await page.getByRole('button', { name: t('es', 'flow.continue'), exact: true }).click();
    }
    await expectH1(page, t('es', 'flow.checkTitle'));
    await expectNothingStored(page, 'check');
    await page.getByRole('link', { name: t('es', 'flow.seeResult'), exact: true }).click();
    await expectH1(page, ft('es', 'nodes.get-certificate-uninsured.title'));
    expect(await historyLength(page), 'history length on the outcome').toBe(start);
    await expectNothingStored(page, 'outcome');

    // Whatever the last person left, "Next person" clears it and goes home; the mode stays on.
    await seedPerson(page);
    await bar(page).getByRole('button', { name: t('es', 'helpDesk.next'), exact: true }).click();
    await page.waitForURL(`${BASE}/es/`);
    await expectH1(page, t('es', 'home.title'));
    await expectNothingStored(page, 'home after "Next person"');
    expect(await historyLength(page)).toBe(start);
    expect((await stored<StoredSettings>(page, 'settings'))?.helpDesk).toBe(true);
    await bar(page).waitFor();
    await page.context().close();
  });

  it('searching from the home box adds no history entry either, so Forward cannot show the last person\'s search', async () => {
    const page = await s.newPage();
    await page.goto('/es/');
    await seedSettings(page, { helpDesk: true });
    await gotoLive(page, '/es/');
    await bar(page).waitFor();
    const start = await historyLength(page);
    await page.locator('#home-search-q').fill('violencia');
    await page.locator('#home-search-q').press('Enter');
    await page.waitForURL(`${BASE}/es/search/?q=violencia`);
    await page.locator('ul.results li').first().waitFor();
    expect(await historyLength(page), 'history length after searching from the home box').toBe(start);
    // The search replaced the home page's entry: Back leaves it behind, and Forward cannot bring it back.
    await page.goBack().catch(() => undefined);
    await page.waitForTimeout(300);
    expect(page.url(), 'Back after a search').not.toContain('violencia');
    await page.goForward().catch(() => undefined);
    await page.waitForTimeout(300);
    expect(page.url(), 'Forward again').toContain('violencia'); // the same person's own step, not a new entry
    await page.context().close();
  });

  it('hides the install prompt and "continue where you left off" on home', async () => {
    // On an iPhone, home shows how to install Rumbo: a prompt that must go at a help desk.
    const page = await s.newPage({ userAgent: IPHONE });
    await page.goto('/es/');
    await seedPerson(page);
    await page.reload();
    await page.locator('section.resume').waitFor();
    await page.locator('section.install').getByText(t('es', 'install.ios')).waitFor();

    await seedSettings(page, { helpDesk: true });
    await page.reload();
    await expectH1(page, t('es', 'home.title'));
    await bar(page).waitFor();
    await settle(page);
    expect(await page.locator('section.resume').count(), '"continue where you left off" in help-desk mode').toBe(0);
    expect(await page.locator('section.install').count(), 'install prompt in help-desk mode').toBe(0);
    await page.context().close();
  });

  it('"Next person" and the idle clear take the last person\'s copied link off the clipboard, and only a link the app copied', async () => {
    const lang: Lang = 'en';
    const page = await s.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const result = stepPath(lang, 'get-certificate', 'has-certificate:no,document:carne,insured:yes');
    const copyLink = async () => {
      await page.locator('.share-tools').getByRole('button', { name: t(lang, 'share.copy'), exact: true }).click();
      await expect.poll(clipboard).toBe(`${BASE}${result}`);
    };
    await page.goto(`/${lang}/`);
    await seedSettings(page, { helpDesk: true, idleMinutes: 10 });

    // Something the caseworker copied elsewhere is not the app's to clear.
    await page.goto(result);
    await expectH1(page, ft(lang, 'nodes.get-certificate.title'));
    await page.evaluate(() => navigator.clipboard.writeText('a note of my own'));
    await bar(page).getByRole('button', { name: t(lang, 'helpDesk.next'), exact: true }).click();
    await page.waitForURL(`${BASE}/${lang}/`);
    expect(await clipboard(), 'what the app did not copy').toBe('a note of my own');

    await page.goto(result);
    await copyLink();
    await bar(page).getByRole('button', { name: t(lang, 'helpDesk.next'), exact: true }).click();
    await page.waitForURL(`${BASE}/${lang}/`);
    await expect.poll(clipboard, { message: 'the clipboard after "Next person"' }).toBe('');

    // The automatic clear does the same.
    const idleMs = 2_000;
    await seedSettings(page, { helpDesk: true, idleMinutes: idleMs / 60_000 });
    await page.goto(result);
    await copyLink();
    await page.waitForURL(`${BASE}/${lang}/`, { timeout: idleMs + 8_000 });
    await expect.poll(clipboard, { message: 'the clipboard after the idle clear' }).toBe('');
    await page.context().close();
  });

  it('after the idle time without input, it clears everything and returns home', async () => {
    const lang: Lang = 'en';
    const page = await s.newPage();
    await page.goto(`/${lang}/`);
    const idleMs = 2_400;
    await seedSettings(page, { helpDesk: true, idleMinutes: idleMs / 60_000 });
    await page.goto(stepPath(lang, 'insured', 'has-certificate:no,document:carne'));
    await expectH1(page, ft(lang, 'nodes.insured.question'));
    await bar(page).waitFor();
    await seedPerson(page);
    const stepUrl = page.url();
    // Someone is using it for longer than the idle time: each key press restarts the wait.
    let lastInput = 0;
    for (let i = 0; i < 5; i++) {
      await page.waitForTimeout(idleMs / 4);
      lastInput = Date.now();
      await page.keyboard.press('Tab');
    }
    expect(page.url(), 'cleared while someone was using it').toBe(stepUrl);
    await page.waitForURL(`${BASE}/${lang}/`, { timeout: idleMs + 8_000 });
    expect(Date.now() - lastInput, 'cleared before the idle time').toBeGreaterThanOrEqual(idleMs - 100);
    await expectH1(page, t(lang, 'home.title'));
    await expectNothingStored(page, 'home after the idle time');
    await page.context().close();
  });
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
