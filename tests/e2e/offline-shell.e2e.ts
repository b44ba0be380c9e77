/**
 * Offline, the service worker answers every page it keeps no HTML for with the app shell of the
 * page's language, its title written in (src/build/offline-shell.ts). Read at the load event with
 * the page's scripts switched off (so what is read is what the worker served, before the app could
 * change it): every prerendered route of both languages has its language, its direction and a real
 * title, and so does the not-found page. A screen reader reads an English page in English from its
 * first word, and the browser does not offer to translate it "from Spanish".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectH1, launchPersistent, type PersistentSession } from './support/browser';
import { t, type Lang } from './support/content';
import { documentFacts, installed, kindOf, pageScripts, prerenderedRoutes, titleBeforeScripts, type Route } from './support/edges';

const routes = prerenderedRoutes();

describe.each([
  ['es-PE', 'es'],
  ['en-US', 'en'],
] as const)('offline, with the browser in %s', (locale, browserLang) => {
  let s: PersistentSession;
  beforeAll(async () => {
    s = await launchPersistent({ locale });
    await installed(s.page);
    await s.context.setOffline(true);
    await pageScripts(s.context, s.page, false);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Opens a URL offline and reads the document at its load event (page.goto waits for it). */
  async function read(url: string) {
    const response = await s.page.goto(url);
    expect(response?.fromServiceWorker(), `${url} answered by the service worker`).toBe(true);
    return documentFacts(s.page);
  }

  // The routes' language is their folder's, whatever the browser's: each browser language reads
  // every other route, so the two passes read each route once.
  const mine = routes.filter((_, i) => i % 2 === (browserLang === 'es' ? 0 : 1));
  it(
    'every other prerendered route of both languages (the rest under the other browser language) has its language, its direction and its title before any script runs',
    async () => {
      expect(routes.length, 'prerendered routes').toBeGreaterThan(200);
      const kinds = new Set(mine.map(kindOf));
      expect([...kinds].filter((k) => k.startsWith('en ')).length, 'page kinds in English').toBeGreaterThan(8);
      expect([...kinds].filter((k) => k.startsWith('es ')).length, 'page kinds in Spanish').toBeGreaterThan(8);
      const wrong: string[] = [];
      for (const route of mine) {
        const facts = await read(route.url);
        const title = titleBeforeScripts(route.url, route.lang);
        if (facts.lang !== route.lang || facts.dir !== 'ltr' || facts.title !== title || facts.started) {
          wrong.push(`${route.url}: lang=${facts.lang} dir=${facts.dir} title="${facts.title}" (want ${route.lang}, "${title}")${facts.started ? ' and the app ran' : ''}`);
        }
      }
      expect(wrong, `${wrong.length} of ${mine.length} routes`).toEqual([]);
    },
    240_000,
  );

  it('a search with words, and pages with repeated slashes, have their own title too', async () => {
    for (const lang of ['es', 'en'] as const) {
      const search = await read(`/${lang}/search/?q=${lang === 'es' ? 'salud' : 'health'}`);
      expect(search).toMatchObject({ lang, title: `${t(lang, 'search.titleFor')} · Rumbo` });
      const doubled = await read(`/${lang}//flows//asylum//`);
      expect(doubled).toMatchObject({ lang, title: `${t(lang, 'asylum:title')} · Rumbo` });
    }
  });

  it.each(['es', 'en'] as const)('the not-found page of the %s folder says so in its title, in its language', async (lang: Lang) => {
    for (const url of [`/${lang}/no-such-page/`, `/${lang}/flows/no-such-flow/`, `/${lang}/help/more/`, `/${lang}/flows/asylum/applied/and/more/`]) {
      expect(await read(url), url).toEqual({ lang, dir: 'ltr', title: `${t(lang, 'notFound.title')} · Rumbo`, started: false });
    }
  });

  it(`the root, which only sends the person home, is drawn in the browser's language (${browserLang})`, async () => {
    expect(await read('/')).toEqual({ lang: browserLang, dir: 'ltr', title: 'Rumbo', started: false });
    await pageScripts(s.context, s.page, true);
    try {
      await s.page.goto('/');
      await s.page.waitForURL(`**/${browserLang}/`);
      await expectH1(s.page, t(browserLang, 'home.title'));
    } finally {
      await pageScripts(s.context, s.page, false);
    }
  });

  it(`outside the language folders the not-found page is in the browser's language (${browserLang})`, async () => {
    for (const url of ['/fr/', '/ES/flows/', '/no-such-page']) {
      expect(await read(url), url).toEqual({ lang: browserLang, dir: 'ltr', title: `${t(browserLang, 'notFound.title')} · Rumbo`, started: false });
    }
  });

  it('with its scripts, the app then draws the page the shell was served for, in the same language', async () => {
    await pageScripts(s.context, s.page, true);
    try {
      const route: Route = { url: `/en/flows/asylum/`, lang: 'en' };
      await s.page.goto(route.url);
      await expectH1(s.page, t('en', 'asylum:title'));
      expect(await documentFacts(s.page)).toEqual({ lang: 'en', dir: 'ltr', title: `${t('en', 'asylum:title')} · Rumbo`, started: true });
      await s.page.goto('/en/no-such-page/');
      await expectH1(s.page, t('en', 'notFound.title'));
    } finally {
      await pageScripts(s.context, s.page, false);
    }
  });
});
