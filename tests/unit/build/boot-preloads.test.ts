/** What a page loads before its first draw (src/routes.ts pageNeeds), as the build names it (src/build/boot-preloads.ts). */
import { describe, expect, it } from 'vitest';
import { neededModules, pagePath } from '../../../src/build/boot-preloads';
import { pageNeeds } from '../../../src/routes';

describe('pageNeeds', () => {
  it('a home page needs its code (no other page needs it)', () => {
    expect(pageNeeds('/es/')).toEqual({ lang: 'es', page: 'home' });
    expect(pageNeeds('/en')).toEqual({ lang: 'en', page: 'home' });
  });

  it('a page of the language folder needs its code', () => {
    expect(pageNeeds('/en/about/')).toEqual({ lang: 'en', page: 'about' });
    expect(pageNeeds('/es/results/')).toEqual({ lang: 'es', page: 'results' });
  });

  it("urgent help needs the facts' text too (its contacts)", () => {
    expect(pageNeeds('/en/help/')).toEqual({ lang: 'en', page: 'help', facts: true });
  });

  it('the sources page needs the record, the references page the list of public sources', () => {
    expect(pageNeeds('/es/sources/')).toEqual({ lang: 'es', page: 'sources', data: 'record' });
    expect(pageNeeds('/en/references/')).toEqual({ lang: 'en', page: 'references', data: 'references' });
  });

  it("a flow's start page needs the flow page and the flow; its step pages the facts' text too", () => {
    expect(pageNeeds('/es/flows/asylum/')).toEqual({ lang: 'es', page: 'flow', flow: 'asylum', facts: false });
    expect(pageNeeds('/en/flows/asylum/applied/')).toEqual({ lang: 'en', page: 'flow', flow: 'asylum', facts: true });
  });

  it('an unknown page of a language folder needs its language only (the not-found page is in the entry)', () => {
    expect(pageNeeds('/es/no-such-page/')).toEqual({ lang: 'es' });
    expect(pageNeeds('/es/flows/')).toEqual({ lang: 'es' });
  });

  it('outside the language folders nothing is known before the browser decides', () => {
    expect(pageNeeds('/')).toBeUndefined();
    expect(pageNeeds('/fr/help/')).toBeUndefined();
    expect(pageNeeds('/app-shell/')).toBeUndefined();
  });
});

describe('pagePath', () => {
  it('is the folder a prerendered page is served at', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('es/index.html')).toBe('/es/');
    expect(pagePath('en/flows/asylum/applied/index.html')).toBe('/en/flows/asylum/applied/');
  });

  it('is undefined for other files', () => {
    expect(pagePath('404.html')).toBeUndefined();
    expect(pagePath('app-shell.html')).toBeUndefined();
    expect(pagePath('es/notindex.html')).toBeUndefined();
  });
});

describe('neededModules', () => {
  const root = '/r/src';
  it('names the source modules, virtual ones with the \\0 prefix Rollup gives them', () => {
    expect(neededModules({ lang: 'es' }, root)).toEqual(['\0virtual:rumbo/common/es']);
    expect(neededModules({ lang: 'en', page: 'help' }, root)).toEqual(['\0virtual:rumbo/common/en', '/r/src/pages/Help.tsx']);
    expect(neededModules({ lang: 'en', page: 'flow', flow: 'asylum', facts: true }, root)).toEqual([
      '\0virtual:rumbo/common/en',
      '/r/src/pages/flow/FlowPage.tsx',
      '\0virtual:rumbo/flow/asylum/en',
      '\0virtual:rumbo/facts-text/en',
    ]);
  });

  it("the sources page needs the record as it shows it: in Spanish Rumbo's translation (the original comes after), in English the original", () => {
    expect(neededModules({ lang: 'es', page: 'sources', data: 'record' }, root)).toEqual(['\0virtual:rumbo/common/es', '/r/src/pages/Sources.tsx', '\0virtual:rumbo/record-es']);
    expect(neededModules({ lang: 'en', page: 'sources', data: 'record' }, root)).toEqual(['\0virtual:rumbo/common/en', '/r/src/pages/Sources.tsx', '\0virtual:rumbo/record']);
  });
});
