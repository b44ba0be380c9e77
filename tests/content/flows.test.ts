/**
 * Every real flow in content/ (new flows are picked up automatically): every path ends in an
 * outcome, every outcome is reachable and cited, no path is too long, every text exists in es and en.
 */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { buildContent, CONTENT_DIR } from '../../src/content/build';
import { flowKeys } from '../../src/content/keys';
import { enumeratePaths } from '../../src/engine';

const content = buildContent(CONTENT_DIR);
const LANGUAGES = ['es', 'en'];
const MAX_QUESTIONS = 6;

/** The flows' text as the app reads it: i18next, one namespace per flow. */
const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(LANGUAGES.map((l) => [l, Object.fromEntries(content.flows.map((f) => [f.id, content.texts[l]?.[f.id] ?? {}]))])),
  lng: 'es',
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
});

it('has flows and both languages', () => {
  expect(content.flows.length).toBeGreaterThan(0);
  expect(content.languages).toEqual(expect.arrayContaining(LANGUAGES));
});

describe.each(content.flows.map((f) => [f.id, f] as const))('flow %s', (_id, flow) => {
  const { paths, deadEnds } = enumeratePaths(flow);
  const outcomes = flow.nodes.filter((n) => n.type === 'outcome');

  it('ends every path in an outcome', () => {
    expect(paths.length).toBeGreaterThan(0);
    expect(deadEnds).toEqual([]);
  });

  it('reaches every outcome with some answers', () => {
    const reached = new Set(paths.map((p) => p.outcome.id));
    expect(outcomes.map((o) => o.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it(`asks at most ${MAX_QUESTIONS} questions on any path`, () => {
    const tooLong = paths.filter((p) => p.questions.length > MAX_QUESTIONS).map((p) => p.questions.join(' → '));
    expect(tooLong).toEqual([]);
  });

  it('cites at least one source for every outcome', () => {
    expect(outcomes.filter((o) => o.sources.length === 0).map((o) => o.id)).toEqual([]);
  });

  it.each(LANGUAGES)('has every text the structure needs, not empty, in %s', (lng) => {
    const keys = flowKeys(flow);
    expect(keys).toContain('title');
    expect(i18n.exists('nodes.no-such-node.question', { lng, ns: flow.id })).toBe(false); // the lookup can fail
    const missing = keys.filter((key) => !i18n.exists(key, { lng, ns: flow.id }));
    const empty = keys.filter((key) => i18n.exists(key, { lng, ns: flow.id }) && i18n.t(key, { lng, ns: flow.id }).trim() === '');
    expect({ missing, empty }).toEqual({ missing: [], empty: [] });
  });
});
