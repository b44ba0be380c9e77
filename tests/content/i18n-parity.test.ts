/**
 * The app reads its i18next JSON with a small translator (src/i18n/translator.ts: rosetta and a
 * plural/namespace adapter) instead of i18next. i18next stays the reference: every text the app
 * ships (the common UI text with its catalog, the facts, every flow, in every language) goes into a
 * real i18next, set up as the app used it, and into the translator, and every key must read the
 * same: without values, with sample values for each of its placeholders, with counts for plurals,
 * in the current language and with `lng`, and `exists` must agree.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { buildContent, CONTENT_DIR, commonTexts, pageTexts, PAGE_SECTIONS } from '../../src/content/build';
import { baseKey, flatten, placeholders, pluralSuffix } from '../../src/content/keys';
import { createTranslator } from '../../src/i18n/translator';

const content = buildContent(CONTENT_DIR);
const LANGS = content.languages;
const COUNTS = [0, 1, 2, 5, 21, 1_000_000, 1.5];
/** Not shipped: every plural of the real text again, each form tagged with its category, so the choice itself shows. */
const TAGGED = 'plural-forms';

type Bundle = Record<string, unknown>;

/** The namespaces the client gets per language: what src/content/vite-plugin.ts compiles. */
function shipped(lang: string): Record<string, Bundle> {
  const texts = content.texts[lang]!;
  return {
    // The shared part and the sections that come with a page's code: one namespace in the app.
    common: Object.assign(commonTexts(content, lang), ...PAGE_SECTIONS.map((s) => pageTexts(content, s)[lang])),
    facts: texts.facts as Bundle,
    ...Object.fromEntries(content.flows.map((f) => [f.id, texts[f.id] as Bundle])),
  };
}

function tagged(bundles: Record<string, Bundle>): Bundle {
  const out: Bundle = {};
  for (const [ns, bundle] of Object.entries(bundles)) {
    for (const [key, text] of flatten(bundle)) {
      const form = pluralSuffix(key);
      if (form && typeof text === 'string') out[`${ns}.${key}`.replaceAll('.', '~')] = `${text} [${form}]`;
    }
  }
  return out;
}

const bundles = Object.fromEntries(LANGS.map((l) => [l, { ...shipped(l), [TAGGED]: tagged(shipped(l)) }]));

/** A translator as the parity check sees it: i18next and ours both fit. */
interface Subject {
  t(key: string, options?: Record<string, unknown>): string;
  exists(key: string, options: { lng: string }): boolean;
  changeLanguage(lang: string): void;
}

/** i18next, set up as src/i18n used it before the translator replaced it. */
function reference(): Subject {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: bundles,
    lng: 'es',
    fallbackLng: false,
    defaultNS: 'common',
    ns: ['common'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return {
    t: (key, options) => i18n.t(key, options) as string,
    exists: (key, options) => i18n.exists(key, options),
    changeLanguage: (lang) => void i18n.changeLanguage(lang),
  };
}

function translator(): Subject {
  const tr = createTranslator('es', 'common');
  for (const lang of LANGS) for (const [ns, bundle] of Object.entries(bundles[lang]!)) tr.addResourceBundle(lang, ns, bundle);
  return tr;
}

interface Case {
  label: string;
  run: (s: Subject) => string | boolean;
}

/** Every key of every namespace, each way the app may read it. */
function cases(): Case[] {
  const out: Case[] = [];
  // Keys and the placeholders of all their forms, in any language (a `lng` read may reach either).
  const keys = new Map<string, { placeholders: Set<string>; plural: boolean }>();
  const paths = new Set<string>();
  for (const lang of LANGS) {
    for (const [ns, bundle] of Object.entries(bundles[lang]!)) {
      for (const [key, text] of flatten(bundle)) {
        const id = `${ns === 'common' ? '' : `${ns}:`}${baseKey(key)}`;
        const entry = keys.get(id) ?? { placeholders: new Set<string>(), plural: false };
        if (typeof text === 'string') placeholders(text).forEach((p) => entry.placeholders.add(p));
        entry.plural ||= pluralSuffix(key) !== undefined;
        keys.set(id, entry);
        key.split('.').forEach((_, i, parts) => paths.add(`${ns}:${parts.slice(0, i + 1).join('.')}`));
      }
    }
  }
  keys.set('common:results.count', { placeholders: new Set(['count']), plural: true }); // the default namespace named
  for (const missing of ['no.such.key', 'facts:contacts.nobody.name', 'where-to-start:nodes.no-such-node.question', 'no-such-flow:title']) {
    keys.set(missing, { placeholders: new Set(), plural: true });
  }

  const langOptions: Record<string, unknown>[] = [{}, ...LANGS.map((lng) => ({ lng }))];
  for (const [key, { placeholders: names, plural }] of keys) {
    const values = [...names].filter((n) => n !== 'count');
    const asText = Object.fromEntries(values.map((n) => [n, `‹${n}›`]));
    const asNumber = Object.fromEntries(values.map((n) => [n, 7]));
    const variants: (Record<string, unknown> | undefined)[] = [undefined, asText, asNumber];
    if (values.length) variants.push({ ...asText, [values[0]!]: undefined }); // given but empty
    if (plural || names.has('count')) for (const count of COUNTS) variants.push({ count }, { ...asText, count });
    for (const variant of variants) {
      for (const lng of langOptions) {
        const options = variant || Object.keys(lng).length ? { ...variant, ...lng } : undefined;
        out.push({ label: `t(${JSON.stringify(key)}, ${JSON.stringify(options)})`, run: (s) => s.t(key, options) });
      }
    }
  }
  for (const path of paths) {
    for (const lng of LANGS) out.push({ label: `exists(${JSON.stringify(path)}, ${lng})`, run: (s) => s.exists(path, { lng }) });
  }
  return out;
}

const all = cases();

/** What a subject gives for every case, with each language as the current one. */
function outputs(subject: Subject): { label: string; value: string | boolean }[] {
  return LANGS.flatMap((lang) => {
    subject.changeLanguage(lang);
    return all.map((c) => ({ label: `[${lang}] ${c.label}`, value: c.run(subject) }));
  });
}

function mismatches(expected: ReturnType<typeof outputs>, subject: Subject): string[] {
  const actual = outputs(subject);
  return expected.flatMap((e, i) => (e.value === actual[i]!.value ? [] : [`${e.label}: i18next ${JSON.stringify(e.value)}, translator ${JSON.stringify(actual[i]!.value)}`]));
}

let expected: ReturnType<typeof outputs>;
beforeAll(() => {
  expected = outputs(reference());
});

describe('the translator reads the shipped text exactly as i18next does', () => {
  it('covers every namespace the app ships, plurals in every language and missing keys', () => {
    for (const lang of LANGS) {
      // Every locale file is shipped as a namespace: nothing is left out of the comparison.
      expect(Object.keys(content.texts[lang]!).sort()).toEqual(Object.keys(shipped(lang)).sort());
    }
    expect(all.length).toBeGreaterThan(10_000);
    const values = new Set(expected.map((e) => e.value));
    // The comparison reaches Spanish `_many`, English `_one`, interpolated values and missing keys.
    expect(expected.some((e) => e.label.startsWith('[es]') && String(e.value).endsWith('[many]'))).toBe(true);
    expect(expected.some((e) => e.label.startsWith('[en]') && String(e.value).endsWith('[one]'))).toBe(true);
    expect([...values].some((v) => String(v).includes('‹date›'))).toBe(true);
    expect(values.has('no.such.key')).toBe(true);
  });

  it('gives the same text for every key, value and count, and the same answer to exists', () => {
    expect(mismatches(expected, translator())).toEqual([]);
  });
});

describe('the parity check fails when the translator is wrong', () => {
  const PluralRules = Intl.PluralRules;
  const usePluralRules = (rules: unknown) => Object.defineProperty(Intl, 'PluralRules', { value: rules });
  afterEach(() => usePluralRules(PluralRules));

  /** A plural rule that knows only "one" and "other", as many hand-written ones do. */
  class OneOrOther {
    select(n: number) {
      return n === 1 ? 'one' : 'other';
    }
  }

  it('catches a plural rule without Spanish "many"', () => {
    usePluralRules(OneOrOther);
    const found = mismatches(expected, translator());
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.includes('"count":1000000') && m.includes('[many]'))).toBe(true);
  });

  it('catches text that is not interpolated as i18next does', () => {
    const tr = translator();
    const wrong: Subject = { ...tr, t: (key, options) => tr.t(key, options).replace(/\{\{\w+\}\}/g, '') };
    expect(mismatches(expected, wrong).length).toBeGreaterThan(0);
  });
});
