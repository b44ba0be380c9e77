/**
 * What the phone keeps for offline use: everything the app needs in both languages (every flow,
 * the search indexes, the record), the app shell for every other page, and old caches cleaned.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { flowIds, gz, htmlPages, KB, namedScripts, pageAssets, precached, read, withStaticImports } from './dist';

const list = precached();
const flows = flowIds();

describe('service worker precache', () => {
  it("answers the pages it keeps no HTML for with the app shell of the page's language, and cleans old caches", () => {
    const sw = read('sw.js').toString();
    for (const lang of ['es', 'en']) {
      expect(list).toContain(`${lang}/app-shell/index.html`);
      expect(sw).toContain(`fallbackURL:"/${lang}/app-shell/index.html"`);
    }
    // Not one fallback for every language (the single navigateFallback of generateSW).
    expect(sw).not.toMatch(/createHandlerBoundToURL/);
    expect(sw).toMatch(/cleanupOutdatedCaches\(\)/);
  });

  it("each language's shell has its language and direction, and links its language's manifest", () => {
    for (const [lang, manifest] of [['es', '/manifest.webmanifest'], ['en', '/manifest-en.webmanifest']] as const) {
      const html = read(`${lang}/app-shell/index.html`).toString();
      expect(/<html\b[^>]*>/.exec(html)?.[0], lang).toMatch(new RegExp(`^<html(?=.*\\blang="${lang}")(?=.*\\bdir="ltr")`));
      expect(html, lang).toContain(`rel="manifest" href="${manifest}"`);
      expect(html, `${lang}: a <title> the worker writes the page's title into`).toMatch(/<title>[^<]*<\/title>/);
    }
  });

  it('keeps home and urgent help in both languages as ready HTML', () => {
    for (const page of ['es/index.html', 'en/index.html', 'es/help/index.html', 'en/help/index.html']) {
      expect(list).toContain(page);
    }
  });

  it('keeps every flow in both languages, the search indexes and the record', () => {
    const js = list.filter((u) => u.endsWith('.js')).map((u) => read(u).toString());
    for (const flow of flows) {
      // Each flow module carries its structure: its id appears as `id:"<flow>"` in two modules (es, en).
      expect(js.filter((code) => code.includes(`id:\`${flow}\``) || code.includes(`id:"${flow}"`)).length, flow).toBeGreaterThanOrEqual(2);
    }
    expect(js.filter((code) => code.includes('{"documentCount":')).length, 'search indexes').toBe(2);
    expect(js.some((code) => code.includes('The meeting was called to order')), 'record').toBe(true);
  });

  it('does not keep files the app never needs offline', () => {
    expect(list.filter((u) => /prerender-|screenshots\/|\.map$/.test(u))).toEqual([]);
  });
});

describe('byte budgets (gzip)', () => {
  // 320 KB: docs/adr/0007-offline-budget.md.
  it('the whole offline app is at most 320 KB', () => {
    const total = list.reduce((n, u) => n + gz(u), 0);
    expect(total / KB).toBeLessThanOrEqual(320);
  });

  it('every prerendered page paints from at most 14 KB of HTML and CSS (the first round trip)', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const html = read(page).toString();
      const { css, inline } = pageAssets(html);
      // The browser paints a page as its HTML streams in. The record (P1..P40) and the list of public
      // sources (about 100) are long documents: what their first screen needs is everything before
      // the third paragraph or the sixth source, far below the fold at 360 x 740; every other page is
      // measured whole.
      const cut = page.endsWith('sources/index.html')
        ? html.indexOf('id="P3"')
        : page.endsWith('references/index.html')
          ? html.split('<li id="S').slice(0, 6).join('<li id="S').length
          : html.length;
      expect(cut, page).toBeGreaterThan(0);
      // The inline CSS is counted with the HTML that carries it (it sits in the head, before any cut).
      expect(inline.every((style) => html.slice(0, cut).includes(style)), `${page}: inline CSS inside the measured bytes`).toBe(true);
      expect(css.length + inline.length, `${page}: the CSS it paints with`).toBeGreaterThan(0);
      const bytes = gzipSync(html.slice(0, cut), { level: 9 }).length + css.reduce((n, c) => n + gz(c), 0);
      expect(bytes / KB, page).toBeLessThanOrEqual(14);
    }
  });

  it('the whole record and the whole list of sources stay small enough to arrive in a few round trips (at most 20 KB)', () => {
    for (const page of ['es', 'en'].flatMap((lang) => [`${lang}/sources/index.html`, `${lang}/references/index.html`])) {
      const { css } = pageAssets(read(page).toString());
      expect((gz(page) + css.reduce((n, c) => n + gz(c), 0)) / KB, page).toBeLessThanOrEqual(20);
    }
  });
});

describe('JavaScript for the first interaction (gzip)', () => {
  // 38 KB: docs/adr/0004-first-interaction-budget.md (the brief's ceiling is 50 KB).
  it('every page of the language folders needs at most 38 KB: the scripts it names in its head, which the app waits for, and their imports', () => {
    const pages = htmlPages().filter((p) => /^(es|en)\//.test(p));
    expect(pages.length).toBeGreaterThan(30);
    const sizes = pages.map((p) => ({ p, kb: withStaticImports(namedScripts(read(p).toString())).reduce((n, f) => n + gz(f), 0) / KB }));
    expect(sizes.filter((s) => s.kb > 38)).toEqual([]);
    // Every page counts at least the app and its language text.
    expect(Math.min(...sizes.map((s) => s.kb))).toBeGreaterThan(15);
  });
});
