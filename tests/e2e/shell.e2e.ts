/** The app shell: every page in both languages, head tags, language switch and detection, not-found, no JavaScript. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BASE, expectH1, htmlLang, launch, type Session } from './support/browser';
import { FLOW, LANGS, ft, other, pages, stepPath, t, type Lang } from './support/content';

const NAMES: Record<Lang, string> = { es: 'Español', en: 'English' };
let s: Session;

beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

/** The header link that switches to `to`. */
const switchLink = (page: Page, to: Lang) => page.locator('header').getByRole('link', { name: NAMES[to], exact: true });

async function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => new URL((e as HTMLLinkElement).href).pathname));
}

describe.each(LANGS)('pages in %s', (lang) => {
  it('each shows its own h1, lang, title, description and hreflang alternates', async () => {
    const page = await s.newPage();
    const titles = new Map<string, string>();
    for (const p of pages(lang)) {
      await page.goto(p.path);
      await expectH1(page, p.title);
      expect(await htmlLang(page), p.path).toBe(lang);
      const title = await page.title();
      expect(title.trim(), `<title> of ${p.path}`).not.toBe('');
      titles.set(p.path, title);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.trim(), `meta description of ${p.path}`).toBeTruthy();
      for (const l of LANGS) expect(await hrefs(page, `link[rel="alternate"][hreflang="${l}"]`), `${l} alternate of ${p.path}`).toEqual([`/${l}${p.rest}`]);
      expect(await hrefs(page, 'link[rel="alternate"][hreflang="x-default"]'), `x-default of ${p.path}`).toEqual(['/']);
    }
    expect(new Set(titles.values()).size, `titles: ${JSON.stringify([...titles])}`).toBe(titles.size);
    await page.context().close();
  });

  it('home, help and sources show what they promise', async () => {
    const page = await s.newPage();
    await page.goto(`/${lang}/`);
    await expect(page.locator('main').getByRole('link', { name: t(lang, 'home.urgentTitle') }).getAttribute('href')).resolves.toBe(`/${lang}/help/`);
    expect(await hrefs(page, 'main ul.services a'), 'services on home').toContain(`/${lang}/flows/${FLOW}/`);
    // In-app navigation: the new page's h1 takes the focus.
    await page.locator('header').getByRole('link', { name: t(lang, 'nav.help'), exact: true }).click();
    await page.waitForURL(`${BASE}/${lang}/help/`);
    await expectH1(page, t(lang, 'help.title'));
    await page.waitForFunction(() => document.activeElement?.id === 'page-title').catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.id), 'focus after in-app navigation').toBe('page-title');
    await page.locator('a[href^="tel:"]').first().waitFor();
    const tels = await page.locator('main a[href^="tel:"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(tels).toEqual(expect.arrayContaining(['tel:105', 'tel:106', 'tel:116', 'tel:100', 'tel:113']));
    await page.goto(`/${lang}/sources/`);
    await expectH1(page, t(lang, 'sources.title'));
    expect(await page.locator('#P30').getAttribute('class')).toMatch(/\bpara (government|committee)\b/);
    // The public sources have their own page, which the sources page links to.
    await page.locator(`a[href="/${lang}/references/"]`).click();
    await expectH1(page, t(lang, 'sources.publicTitle'));
    await expect(page.locator('#S31').count()).resolves.toBe(1);
    // A title written in the other language says so, for a screen reader's pronunciation (S3 is in English).
    const s3 = page.locator('#S3 span[lang]');
    await expect(s3.count()).resolves.toBe(lang === 'en' ? 0 : 1);
    if (lang === 'es') await expect(s3.getAttribute('lang')).resolves.toBe('en');
    await page.context().close();
  });

  it("after the language switch, the page's language changes with its text, never after it (what a screen reader reads it in)", async () => {
    const page = await s.newPage();
    const to = other(lang);
    for (const p of pages(lang)) {
      await page.goto(p.path);
      await expectH1(page, p.title);
      const title = pages(to).find((q) => q.name === p.name)!.title;
      // Whenever the page's content changes, note the h1 shown and the language the page then declares.
      await page.evaluate(() => {
        const w = window as unknown as { seen: [string, string][] };
        w.seen = [];
        new MutationObserver(() => w.seen.push([document.querySelector('h1')?.textContent?.trim() ?? '', document.documentElement.lang])).observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      });
      await switchLink(page, to).click();
      await expectH1(page, title);
      const seen = await page.evaluate(() => (window as unknown as { seen: [string, string][] }).seen);
      expect(seen.some(([h]) => h === title), p.path).toBe(true);
      expect(seen.filter(([h, l]) => h === title && l !== to), `${p.path}: the ${to} h1 shown while the page still said lang=${lang}`).toEqual([]);
    }
    await page.context().close();
  });

  it('the language switch keeps the page (and a flow step with its query) and sets the language', async () => {
    const page = await s.newPage();
    const to = other(lang);
    for (const p of pages(lang)) {
      await page.goto(p.path);
      await expectH1(page, p.title);
      // Soft: one wrong link should not hide the others.
      expect.soft(await switchLink(page, to).getAttribute('href'), `switch link on ${p.path}`).toBe(`/${to}${p.rest}`);
      await switchLink(page, to).click();
      await page.waitForFunction((l) => location.pathname.startsWith(`/${l}`), to);
      expect.soft(new URL(page.url()).pathname, `after switching on ${p.path}`).toBe(`/${to}${p.rest}`);
      await expectH1(page, pages(to).find((q) => q.name === p.name)!.title);
      expect(await htmlLang(page)).toBe(to);
    }
    const answers = 'has-certificate:no';
    await page.goto(stepPath(lang, 'document', answers));
    await expectH1(page, ft(lang, 'nodes.document.question'));
    await switchLink(page, to).click();
    await page.waitForURL(`${BASE}${stepPath(to, 'document', answers)}`);
    await expectH1(page, ft(to, 'nodes.document.question'));
    expect(await htmlLang(page)).toBe(to);
    await page.context().close();
  });

  /** A result, started, read down to one of its citations: that citation and how far down it is. */
  async function readToCitation(page: Page, citation: string) {
    await page.goto(stepPath(lang, 'get-certificate', 'has-certificate:no,document:carne,insured:yes'));
    await expectH1(page, ft(lang, 'nodes.get-certificate.title'));
    await page.waitForFunction(() => document.documentElement.dataset.textSize !== undefined);
    const cite = page.locator(citation).first();
    await cite.scrollIntoViewIfNeeded();
    return { cite, readTo: await page.evaluate(() => Math.round(scrollY)) };
  }

  it('Back from a source returns to where the person was reading the result, with the focus on its heading', async () => {
    const page = await s.newPage();
    const { cite: source, readTo } = await readToCitation(page, 'main .sources-box .source-refs a');
    expect(readTo, 'the sources are further down the result').toBeGreaterThan(300);
    await source.click();
    await expectH1(page, t(lang, 'sources.title'));
    await page.goBack();
    await expectH1(page, ft(lang, 'nodes.get-certificate.title'));
    await page.waitForFunction(() => document.activeElement?.id === 'page-title');
    expect(Math.abs((await page.evaluate(() => scrollY)) - readTo), `scrolled to ${readTo} before`).toBeLessThan(4);
    await page.context().close();
  });

  it('a citation followed from a result offers, right under the cited paragraph, the way back to where the person was', async () => {
    const page = await s.newPage();
    const { cite, readTo } = await readToCitation(page, 'main ol.steps .source-refs a');
    const result = page.url();
    const id = (await cite.getAttribute('href'))!.split('#')[1]!;
    await cite.click();
    await page.locator(`[id="${id}"].targeted`).waitFor();
    const back = page.locator(`[id="${id}"] ~ .back-to a, [id="${id}"] .back-to a`).first();
    await back.waitFor();
    expect(await back.innerText()).toBe(t(lang, 'sources.back'));
    const box = (await back.boundingBox())!;
    expect(box.y + box.height, 'the way back is on the screen, by the cited text').toBeLessThanOrEqual(740);
    await back.click();
    await page.waitForURL(result);
    await expectH1(page, ft(lang, 'nodes.get-certificate.title'));
    expect(Math.abs((await page.evaluate(() => scrollY)) - readTo), `scrolled to ${readTo} before`).toBeLessThan(4);
    // Opened directly (a shared link to the source), there is no page to go back to: no such link.
    await page.goto(`/${lang}/${id.startsWith('P') ? 'sources' : 'references'}/#${id}`);
    await page.locator(`[id="${id}"].targeted`).waitFor();
    expect(await page.locator('.back-to').count()).toBe(0);
    await page.context().close();
  });

  it('an unknown path shows the translated not-found page with a link home', async () => {
    const page = await s.newPage();
    await page.goto(`/${lang}/no-such-page/`);
    await expectH1(page, t(lang, 'notFound.title'));
    expect(await htmlLang(page)).toBe(lang);
    await page.getByRole('link', { name: t(lang, 'notFound.home'), exact: true }).click();
    await page.waitForURL(`${BASE}/${lang}/`);
    await expectH1(page, t(lang, 'home.title'));
    await page.context().close();
  });

  it('is readable without JavaScript', async () => {
    const context = await s.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const p of pages(lang).filter((q) => q.name !== 'settings')) {
      await page.goto(p.path);
      await expectH1(page, p.title);
      expect(await htmlLang(page), p.path).toBe(lang);
      expect((await page.locator('main').innerText()).length, `text in main on ${p.path}`).toBeGreaterThan(100);
    }
    await page.goto(`/${lang}/help/`);
    await expect(page.locator('main a[href="tel:105"]').count()).resolves.toBeGreaterThan(0);
    await page.goto(`/${lang}/flows/${FLOW}/`);
    expect(await page.getByRole('link', { name: t(lang, 'flow.start') }).getAttribute('href')).toBe(stepPath(lang, 'has-certificate'));
    // The language switch is a plain link that works without JavaScript too.
    await page.goto(`/${lang}/about/`);
    await switchLink(page, other(lang)).click();
    await page.waitForLoadState();
    await expectH1(page, t(other(lang), 'about.title'));
    await context.close();
  });
});

describe('opening / ', () => {
  it.each([
    ['es-PE', 'es'],
    ['en-US', 'en'],
    ['fr-FR', 'es'],
  ] as const)('with a %s browser goes to /%s/', async (locale, lang) => {
    const page = await s.newPage({ locale });
    await page.goto('/');
    await page.waitForURL(`${BASE}/${lang}/`);
    await expectH1(page, t(lang, 'home.title'));
    expect(await htmlLang(page)).toBe(lang);
    await page.context().close();
  });

  it.each([
    ['es-PE', 'en'],
    ['en-US', 'es'],
  ] as const)('with a %s browser goes to the language chosen with the switch (%s)', async (locale, chosen) => {
    const page = await s.newPage({ locale });
    const from = other(chosen);
    await page.goto(`/${from}/help/`);
    await expectH1(page, t(from, 'help.title'));
    await switchLink(page, chosen).click();
    await page.waitForFunction((l) => location.pathname.startsWith(`/${l}/help`), chosen);
    await expectH1(page, t(chosen, 'help.title'));
    const later = await page.context().newPage();
    await later.goto('/');
    await later.waitForURL(`${BASE}/${chosen}/`);
    await expectH1(later, t(chosen, 'home.title'));
    await page.context().close();
  });
});

it('sent no request outside the app origin', () => {
  s.requests.expectOnlyOwnOrigin();
});
