/**
 * Search, online and then offline (service worker in control, network gone): accents, capitals and
 * small typos forgiven, acronyms found, results in the page's language, the home search box, live
 * results while typing. And the caseworker index of every outcome, filtered by title.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, expectH1, launchPersistent, waitForServiceWorker, type PersistentSession } from './support/browser';
import { LANGS, t, type Lang } from './support/content';
import { gotoLive } from './support/storage';
import { flows, fold, glossary, glossaryTitle, outcomes } from './support/flows';

interface Hit {
  href: string;
  title: string;
  meta: string;
}

let s: PersistentSession;
let page: Page;
beforeAll(async () => {
  s = await launchPersistent();
  page = s.page;
});
afterAll(async () => {
  await s?.close();
});

/** A plural text (`_one` / `_other`) with its count. */
const plural = (lang: Lang, key: string, count: number) => t(lang, `${key}_${count === 1 ? 'one' : 'other'}`).replace('{{count}}', String(count));
const flowTitle = (lang: Lang, id: string) => t(lang, `${id}:title`);
const status = () => page.locator('main [role="status"]');

async function hits(): Promise<Hit[]> {
  await page.locator('ul.results li').first().waitFor();
  return page.locator('ul.results li').evaluateAll((items) =>
    items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, title: li.querySelector('a')!.textContent!.trim(), meta: li.querySelector('.meta')!.textContent!.trim() })),
  );
}

async function search(lang: Lang, q: string): Promise<Hit[]> {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(q)}`);
  await expectH1(page, t(lang, 'search.title'));
  const found = await hits();
  expect(await status().innerText(), `status for "${q}"`).toBe(plural(lang, 'search.count', found.length));
  return found;
}

const service = (lang: Lang, flow: string): Hit => ({ href: `/${lang}/flows/${flow}/`, title: flowTitle(lang, flow), meta: t(lang, 'search.kind.flow') });

async function searches(): Promise<void> {
  // Spanish: no accent, a typo, an acronym.
  expect(await search('es', 'migracion')).toContainEqual(service('es', 'residency'));
  expect(await search('es', 'discapasidad')).toContainEqual(service('es', 'disability-certificate'));
  const cpp = glossary.find((g) => g.term === 'CPP')!;
  expect((await search('es', 'CPP'))[0]).toEqual({
    href: `/es/flows/${cpp.flow}/`,
    title: glossaryTitle('CPP', 'es'),
    meta: `${t('es', 'search.kind.glossary')} · ${flowTitle('es', cpp.flow)}`,
  });

  // English: English titles, kinds and services only.
  const english = await search('en', 'migration');
  expect(english).toContainEqual(service('en', 'residency'));
  const spanishTitles = new Set([...flows.map((f) => flowTitle('es', f.id)), ...outcomes('es').map((o) => o.title)]);
  const kinds = ['flow', 'outcome', 'question', 'glossary'].map((k) => t('en', `search.kind.${k}`));
  for (const h of english) {
    expect(h.href.startsWith('/en/'), h.href).toBe(true);
    expect(spanishTitles.has(h.title), `Spanish title on the English page: ${h.title}`).toBe(false);
    expect(kinds, h.meta).toContain(h.meta.split(' · ')[0]);
  }

  // The home search box opens the search page with the results.
  await gotoLive(page, '/es/');
  await expectH1(page, t('es', 'home.title'));
  await page.locator('#home-search-q').fill('migracion');
  await page.locator('#home-search-q').press('Enter');
  await page.waitForURL(`${BASE}/es/search/?q=migracion`);
  const fromHome = await hits();
  expect(fromHome).toContainEqual(service('es', 'residency'));
  const migraciones = fromHome.find((h) => h.title === glossaryTitle('Migraciones', 'es'));
  expect(migraciones, 'the Migraciones entry for "migracion"').toBeDefined();

  // Typing on the search page updates the results and the URL.
  await page.locator('#search-q').fill('discapasidad');
  await page.waitForURL(`${BASE}/es/search/?q=discapasidad`);
  await page.waitForFunction((old) => ![...document.querySelectorAll('ul.results a')].some((a) => a.textContent === old), migraciones!.title);
  expect(await hits()).toContainEqual(service('es', 'disability-certificate'));
  await expectH1(page, t('es', 'search.title'));

  // A person's own sentence finds the service; a search that finds nothing offers a way on and urgent help.
  expect((await search('es', 'mi pareja me pega')).slice(0, 3)).toContainEqual(service('es', 'violence-women'));
  await page.goto(`/es/search/?q=${encodeURIComponent('qwxz zzkj')}`);
  await expectH1(page, t('es', 'search.title'));
  await page.locator('main .urgent-card').waitFor();
  expect(await status().innerText()).toBe(plural('es', 'search.count', 0));
  expect(await page.locator('main .urgent-card').getAttribute('href')).toBe('/es/help/');
  expect(await page.locator('main a[href="/es/flows/where-to-start/"]').innerText()).toBe(`${t('es', 'home.startTitle')} ${t('es', 'home.startAction')}`);

  // Words from the other language find nothing here, and the page offers the same search there.
  await page.goto('/en/search/?q=trabajo');
  await expectH1(page, t('en', 'search.title'));
  await expect.poll(() => status().innerText()).toBe(plural('en', 'search.count', 0));
  await page.getByRole('link', { name: t('en', 'search.otherLanguage') }).click();
  await page.waitForURL(`${BASE}/es/search/?q=trabajo`);
  await expectH1(page, t('es', 'search.title'));
  await page.locator('ul.results a').first().waitFor();
  expect(await hits()).toContainEqual(service('es', 'work-rights'));

  // A pause while typing updates the results, and the box keeps the focus: nothing typed is lost.
  const box = page.locator('#search-q');
  await box.fill('');
  await box.pressSequentially('sal');
  await page.waitForURL(`${BASE}/es/search/?q=sal`);
  await page.waitForTimeout(300);
  await page.keyboard.type('ud');
  await page.waitForURL(`${BASE}/es/search/?q=salud`);
  expect(await box.inputValue()).toBe('salud');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
}

describe('search', () => {
  it('online', async () => {
    await searches();
  });

  it('offline, with the service worker', async () => {
    await page.goto('/es/');
    await waitForServiceWorker(page);
    await s.context.setOffline(true);
    expect(await page.evaluate(() => fetch(`/robots.txt?probe=${Date.now()}`).then(() => 'answered', () => 'failed'))).toBe('failed');
    await searches();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await s.context.setOffline(false);
  });
});

describe.each(LANGS)('the caseworker index in %s', (lang) => {
  const all = outcomes(lang);
  const href = (o: { flow: string; outcome: string }) => `/${lang}/flows/${o.flow}/${o.outcome}/`;
  const links = () => page.locator('main section ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

  it('lists every outcome by service; the filter ignores accents and capitals; a link opens the outcome', async () => {
    await page.goto(`/${lang}/results/`);
    await expectH1(page, t(lang, 'results.title'));
    await page.locator('main section h2').first().waitFor();
    expect((await links()).sort()).toEqual(all.map(href).sort());
    expect((await page.locator('main section h2').allInnerTexts()).sort()).toEqual([...new Set(all.map((o) => o.flowTitle))].sort());
    expect(await status().innerText()).toBe(plural(lang, 'results.count', all.length));

    // A word of an outcome title (with an accent, if any has one), typed in capitals without accents.
    const matches = (word: string) => all.filter((o) => fold(o.title).includes(fold(word)) || fold(o.flowTitle).includes(fold(word)));
    const candidates = all.flatMap((o) => o.title.split(/[^\p{L}]+/u)).filter((w) => w.length >= 5 && matches(w).length < all.length / 2);
    const word = candidates.find((w) => fold(w) !== w.toLowerCase()) ?? candidates[0]!;
    const typed = fold(word).toUpperCase();
    await page.locator('#results-filter').fill(typed);
    const expected = matches(word).map(href).sort();
    await page.waitForFunction((n) => document.querySelectorAll('main section ul a').length === n, expected.length).catch(() => undefined);
    expect((await links()).sort(), `filter "${typed}"`).toEqual(expected);
    expect(await status().innerText()).toBe(plural(lang, 'results.count', expected.length));

    const first = all.find((o) => href(o) === expected[0])!;
    await page.locator(`main section ul a[href="${href(first)}"]`).click();
    await page.waitForURL(`${BASE}${href(first)}`);
    await expectH1(page, first.title);
    const notice = page.locator('[role="note"]').filter({ hasText: t(lang, 'flow.direct') });
    expect(await notice.getByRole('link', { name: t(lang, 'flow.directLink') }).getAttribute('href')).toBe(`/${lang}/flows/${first.flow}/`);
  });
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
