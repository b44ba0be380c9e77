/**
 * The text that one page alone shows (about, settings, urgent help, the caseworker index, search,
 * the record and the public sources)
 * comes with that page's code (src/content/build.ts PAGE_SECTIONS): the flow pages, which people
 * open most, never download it, and the page that shows it has it before its first draw (in the
 * scripts its head names), in every language for the language switch.
 */
import { describe, expect, it } from 'vitest';
import { buildContent, CONTENT_DIR, PAGE_SECTIONS, pageTexts, type PageSection } from '../../src/content/build';
import { flatten } from '../../src/content/keys';
import { htmlPages, languageText, namedScripts, read, withStaticImports } from './dist';

const content = buildContent(CONTENT_DIR);
const LANGS = content.languages;
/** The pages that show each section (`''` is home, with its search form). */
const SHOWN_ON: Record<PageSection, string[]> = { about: ['about'], settings: ['settings'], help: ['help'], results: ['results'], search: ['search', ''], sources: ['sources', 'references'] };

/** The longest text of a section in a language that a minifier writes as it is (no quote, backslash, `${` or line break). */
function sample(section: PageSection, lang: string): string {
  const texts = [...flatten(pageTexts(content, section)[lang]!)]
    .map(([, text]) => String(text))
    .filter((text) => !/["'`\\\n]|\$\{/.test(text))
    .sort((a, b) => b.length - a.length);
  expect(texts[0]?.length ?? 0, `${section} (${lang}) has a text to look for`).toBeGreaterThan(20);
  return texts[0]!;
}

const firstScripts = (page: string) =>
  withStaticImports(namedScripts(read(page).toString()))
    .map((f) => read(f).toString())
    .join('\n');

describe('text of one page only', () => {
  it('comes with the scripts of the page that shows it, in every language', () => {
    for (const section of PAGE_SECTIONS) {
      for (const page of SHOWN_ON[section]) {
        for (const lang of LANGS) {
          const scripts = firstScripts(`${lang}/${page}${page ? '/' : ''}index.html`);
          for (const textLang of LANGS) expect(scripts.includes(sample(section, textLang)), `${section} text (${textLang}) on /${lang}/${page}`).toBe(true);
        }
      }
    }
  });

  it('is not in the common text of a language, nor in the scripts of any flow page', () => {
    const flowPages = htmlPages().filter((p) => /^(es|en)\/flows\//.test(p));
    expect(flowPages.length).toBeGreaterThan(100);
    // Many flow pages load the same scripts: each set is read once.
    const sets = new Map(flowPages.map((p) => [withStaticImports(namedScripts(read(p).toString())).sort().join(' '), p]));
    const samples = PAGE_SECTIONS.flatMap((section) => LANGS.map((lang) => sample(section, lang)));
    for (const lang of LANGS) {
      const common = read(languageText(lang)).toString();
      expect(samples.filter((s) => common.includes(s)), `common text (${lang})`).toEqual([]);
    }
    for (const page of sets.values()) {
      const scripts = firstScripts(page);
      expect(samples.filter((s) => scripts.includes(s)), page).toEqual([]);
    }
  });
});
