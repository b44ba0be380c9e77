/**
 * Each page of the language folders names, in its head, the scripts the app loads before it first
 * draws that page (src/build/boot-preloads.ts): real files of the build, precached for offline use,
 * in the page's language only. Pages drawn for a URL known only in the browser name none.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, flowIds, htmlPages, languageText, precached, read } from './dist';

const pages = htmlPages();
const preloadsOf = (page: string) => {
  const html = read(page).toString();
  return [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((m) => ({ tag: m[0], at: m.index, href: /href="\/([^"]+)"/.exec(m[0])?.[1] ?? '' }));
};
const langPages = pages.filter((p) => /^(es|en)\//.test(p));

describe('pages name the scripts they need before their first draw', () => {
  it('every page of a language folder names some, all real files of the build, precached, in the head after the entry script', () => {
    expect(langPages.length).toBeGreaterThan(30);
    const cached = new Set(precached());
    const problems = langPages.flatMap((p) => {
      const html = read(p).toString();
      const links = preloadsOf(p);
      const entry = html.search(/<script\b[^>]*type="module"/);
      if (!links.length) return [`${p}: no modulepreload`];
      return links.flatMap(({ tag, at, href }) => [
        ...(existsSync(join(DIST, href)) && href.endsWith('.js') ? [] : [`${p}: ${href} is not a script of the build`]),
        ...(cached.has(href) ? [] : [`${p}: ${href} is not precached`]),
        ...(at > entry && at < html.indexOf('</head>') ? [] : [`${p}: ${href} is not in the head after the entry script`]),
        ...(/\bcrossorigin\b/.test(tag) ? [] : [`${p}: ${href} lacks crossorigin (the entry's imports would fetch it again)`]),
      ]);
    });
    expect(problems).toEqual([]);
  });

  it("every page names its own language's text, never the other's", () => {
    const es = languageText('es');
    const en = languageText('en');
    const problems = langPages.flatMap((p) => {
      const hrefs = preloadsOf(p).map((l) => l.href);
      const [own, other] = p.startsWith('es/') ? [es, en] : [en, es];
      return [...(hrefs.includes(own) ? [] : [`${p}: does not name ${own}`]), ...(hrefs.includes(other) ? [`${p}: names ${other}`] : [])];
    });
    expect(problems).toEqual([]);
  });

  it("every flow's start page names that flow's data, with its title in the page's language", () => {
    const flows = flowIds();
    expect(flows.length).toBeGreaterThan(10);
    for (const p of flows.flatMap((f) => [`es/flows/${f}/index.html`, `en/flows/${f}/index.html`])) {
      const [lang, , flow] = p.split('/');
      const scripts = preloadsOf(p).map((l) => read(l.href).toString());
      expect(scripts.some((s) => s.includes(`id:\`${flow}\``)), `${p}: the ${flow} data`).toBe(true);
      // The flow's text module holds its title in the page's language, which the page's h1 shows.
      const h1 = /<h1\b[^>]*>([^<]+)</.exec(read(p).toString())?.[1] ?? '';
      expect(h1.length, `${p}: h1`).toBeGreaterThan(3);
      expect(scripts.some((s) => s.includes(h1)), `${p}: the ${lang} text of ${flow}`).toBe(true);
    }
  });

  it("urgent help names the facts' text, which holds the names of the contacts it shows", () => {
    for (const p of ['es/help/index.html', 'en/help/index.html']) {
      const names = [...read(p).toString().matchAll(/<h2>([^<]+)</g)].map((m) => m[1]!);
      expect(names.length, `${p}: contacts`).toBeGreaterThan(2);
      const scripts = preloadsOf(p).map((l) => read(l.href).toString());
      for (const name of names) expect(scripts.some((s) => s.includes(name)), `${p}: ${name}`).toBe(true);
    }
  });

  it('the root and the not-found page name none (their language is decided in the browser)', () => {
    for (const p of ['index.html', '404.html']) expect(preloadsOf(p), p).toEqual([]);
  });

  it("each language's offline app shell names its language's text only (the worker answers every page of that language with it)", () => {
    for (const lang of ['es', 'en']) {
      expect(preloadsOf(`${lang}/app-shell/index.html`).map((l) => l.href)).toEqual([languageText(lang)]);
    }
  });
});
