/**
 * What the phone keeps for offline use: everything the app needs in both languages (every flow,
 * the search indexes, the record), the app shell for every other page, and old caches cleaned.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIST, gz, KB, pageAssets, precached, read } from './dist';

const list = precached();
const flows = readdirSync(resolve(process.cwd(), 'content/flows')).map((f) => f.replace(/\.yaml$/, ''));

describe('service worker precache', () => {
  it('answers offline navigations with the app shell and cleans old caches', () => {
    const sw = read('sw.js').toString();
    expect(sw).toContain('"/app-shell.html"');
    expect(sw).toMatch(/cleanupOutdatedCaches\(\)/);
    expect(list).toContain('app-shell.html');
  });

  it('keeps home and urgent help in both languages as ready HTML', () => {
    for (const page of ['index.html', 'es/index.html', 'en/index.html', 'es/help/index.html', 'en/help/index.html']) {
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
  it('the whole offline app is at most 300 KB', () => {
    const total = list.reduce((n, u) => n + gz(u), 0);
    expect(total / KB).toBeLessThanOrEqual(300);
  });

  it('every prerendered page paints from at most 14 KB of HTML and CSS (the first round trip)', () => {
    const pages = readdirSync(DIST, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const { css } = pageAssets(read(page).toString());
      const bytes = gz(page) + css.reduce((n, c) => n + gz(c), 0);
      expect(bytes / KB, page).toBeLessThanOrEqual(14);
    }
  });
});
