/**
 * The offline search index, built from the real content as the build does: a person's own words,
 * without accents, with typos or as prefixes, and acronyms find the right service.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { buildContent } from '../../../src/content/build';
import { searchIndexJSON } from '../../../src/content/search-index';
import { INDEX_OPTIONS, type SearchDoc } from '../../../src/search/options';

const content = buildContent(resolve(process.cwd(), 'content'));
const load = (lang: 'es' | 'en') => MiniSearch.loadJSON<SearchDoc>(searchIndexJSON(content, lang), INDEX_OPTIONS);
const es = load('es');
const en = load('en');
const topFlows = (index: MiniSearch<SearchDoc>, q: string, n = 3) =>
  (index.search(q) as unknown as SearchDoc[]).slice(0, n).map((h) => h.flow);

describe('search (es)', () => {
  it.each([
    ['migracion', 'residency', 'no accent finds "migración"'],
    ['MIGRACIÓN', 'residency', 'capitals and accents'],
    ['discapasidad', 'disability-certificate', 'a typo'],
    ['discap', 'disability-certificate', 'a prefix'],
    ['papeles', 'residency', 'everyday word'],
    ['carnet', 'residency', 'everyday spelling of carné'],
    ['CPP', 'residency', 'acronym'],
    ['SIS', 'health-cover', 'acronym'],
    ['CEM', 'violence-women', 'acronym'],
    ['sunafil', 'work-rights', 'acronym in lower case'],
    ['seguro', 'health-cover', 'everyday word'],
    ['chamba', 'work-rights', 'Peruvian everyday word'],
    ['psicologo', 'mental-health', 'everyday word'],
    ['refugio', 'asylum', 'plain word'],
  ])('"%s" finds %s (%s)', (q, flow) => {
    expect(topFlows(es, q)).toContain(flow);
  });

  it('finds outcomes, opened directly, and glossary entries with their expansion', () => {
    const hits = es.search('Línea 113') as unknown as SearchDoc[];
    expect(hits.some((h) => h.kind === 'glossary' && h.title.startsWith('Línea 113:'))).toBe(true);
    const outcome = (es.search('certificado gratis') as unknown as SearchDoc[]).find((h) => h.kind === 'outcome');
    expect(outcome?.flow).toBe('disability-certificate');
    expect(outcome?.step).toBeTruthy();
  });

  it('returns nothing for words that are nowhere', () => {
    expect(es.search('xqzwv')).toEqual([]);
  });
});

describe('search (en)', () => {
  it.each([
    ['papers', 'residency'],
    ['insurance', 'health-cover'],
    ['disabilty', 'disability-certificate'],
    ['asylum', 'asylum'],
    ['racism', 'discrimination'],
    ['SUNAFIL', 'work-rights'],
  ])('"%s" finds %s among the first 5', (q, flow) => {
    expect(topFlows(en, q, 5)).toContain(flow);
  });

  it('is in English: a Spanish-only word finds less than in Spanish', () => {
    expect(topFlows(en, 'chamba')).not.toContain('work-rights');
  });
});
