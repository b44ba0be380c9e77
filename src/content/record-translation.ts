/**
 * Rumbo's own translations of the UN record (content/record/record-<lang>.md), checked against the
 * English original (content/record/record-numbered.md) like all text: every paragraph P1..P40 and
 * every procedural line there, in the original's order, nothing extra; in each paragraph the same
 * numbers as the original (written by the rule of the translation's language) and the names of a
 * short protected list; no unconfirmed Spanish name presented as an official one.
 *
 * Build time and tests only. The page shows the translation with the original one tap away
 * (src/pages/Sources.tsx); the translation ships only to the pages in its language.
 */
import type { Problem } from './problems';
import { parseRecord, type RecordBlock } from './record';
import type { RecordMeta } from './schema';

/** The language the record was published in: the original, which needs no translation. */
export const RECORD_LANG = 'en';

/** The file of a translation, next to the original. */
export const translationFile = (lang: string) => `record-${lang}.md`;

export interface RecordText {
  file: string;
  text: string;
}

export interface RecordTranslationText extends RecordText {
  lang: string;
}

/**
 * The numbers of an English paragraph: "1,700", "81,000", "1.5", "2024", "30001", the 19 of
 * "COVID-19" and the two of "15–49". A comma groups thousands, a point starts the decimals.
 */
export function originalNumbers(text: string): string[] {
  return [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => m[0]);
}

/**
 * How a Spanish translation writes a number of the original (the rule stated in the head of
 * content/record/record-es.md): a number the original groups with commas loses them when it has
 * four digits ("1,700" → "1700") and is grouped by threes with a non-breaking space when it has five
 * or more ("81,000" → "81 000"); the decimal point becomes a comma ("69.4" → "69,4"); any other
 * number stays as it is ("2024", "30001").
 */
export function spanishNumber(original: string): string {
  const [whole = '', decimals] = original.split('.');
  const digits = whole.replace(/,/g, '');
  const grouped = whole.includes(',') && digits.length >= 5 ? digits.replace(/\B(?=(\d{3})+$)/g, '\u00A0') : digits;
  return decimals === undefined ? grouped : `${grouped},${decimals}`;
}

/**
 * The numbers of a Spanish paragraph as written, whatever their form, so that a wrong one is
 * shown as it is: "1700", "81 000" (U+00A0), "1,5", and the wrong "1,700", "81.000", "81 000".
 */
export function spanishNumbers(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,\u00A0\u202F ]\d+)*/g)].map((m) => m[0]);
}

/**
 * Names a translated paragraph must keep when its original names the thing (`en`, in any case): the official Spanish
 * names of shared/facts/peru-public-facts.md (section 2, rows marked confirmed) and the names that
 * stay as they are (people, places, platforms, acronyms). `es`: every string the translation needs.
 */
export interface ProtectedName {
  en: string | RegExp;
  es: readonly string[];
}

export const SPANISH_NAMES: readonly ProtectedName[] = [
  // Institutions and bodies
  { en: 'National Migration Authority', es: ['Superintendencia Nacional de Migraciones'] },
  { en: 'Special Commission for Refugees', es: ['Comisión Especial para los Refugiados', 'CEPR'] },
  { en: 'National Labour Inspection Authority', es: ['Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL'] },
  { en: 'Intersectoral Round Table for Migration Management', es: ['Mesa de Trabajo Intersectorial para la Gestión Migratoria'] },
  { en: 'Financial Inclusion Advisory Committee for the Refugee and Migrant Population', es: ['Comité Consultivo de Inclusión Financiera de la población refugiada y migrante'] },
  { en: 'Multisectoral Commission on Financial Inclusion', es: ['Comisión Multisectorial de Inclusión Financiera'] },
  { en: 'National Confederation of Private Business Institutions', es: ['Confederación Nacional de Instituciones Empresariales Privadas'] },
  { en: 'Ministry of Culture', es: ['Ministerio de Cultura'] },
  { en: 'special protection units', es: ['Unidades de Protección Especial'] },
  { en: "Women’s emergency centres", es: ['Centros Emergencia Mujer'] },
  { en: 'South American Conference on Migration', es: ['Conferencia Suramericana sobre Migraciones'] },
  { en: 'Quito Process', es: ['Proceso de Quito'] },
  { en: 'International Labour Organization', es: ['Organización Internacional del Trabajo', 'OIT'] },
  { en: 'United States Agency for International Development', es: ['Agencia de los Estados Unidos para el Desarrollo Internacional', 'USAID'] },
  // Programmes, services and documents
  { en: 'Migrant Guidance Service', es: ['Servicio de Orientación al Migrante'] },
  { en: 'temporary residence permit', es: ['Permiso Temporal de Permanencia'] },
  { en: 'temporary residence card', es: ['Permiso Temporal de Permanencia'] },
  { en: 'special residency status', es: ['Calidad Migratoria Especial Residente'] },
  { en: 'comprehensive health insurance system', es: ['Seguro Integral de Salud', 'SIS'] },
  { en: 'Basic Health Insurance Plan', es: ['Plan Esencial de Aseguramiento en Salud', 'PEAS'] },
  { en: 'disability certificate', es: ['certificado de discapacidad'] },
  { en: 'standard labour certificate', es: ['Certificado Único Laboral'] },
  { en: "foreigner’s identity card", es: ['carné de extranjería'] },
  { en: 'Practical Guide for the Financial Inclusion of Refugees and Migrants', es: ['Guía práctica para la inclusión financiera de la población refugiada y migrante'] },
  { en: 'Alerta contra el Racismo', es: ['Alerta contra el Racismo'] },
  { en: 'Perú sin Racismo', es: ['Perú sin Racismo'] },
  { en: 'exceptional special administrative penalty proceedings', es: ['Procedimiento Administrativo Sancionador Especial Excepcional', 'PASEE'] },
  // Laws, decrees, policies and international instruments
  { en: 'Legislative Decree No. 1350', es: ['Decreto Legislativo N° 1350'] },
  { en: 'Legislative Decree No. 1582', es: ['Decreto Legislativo N° 1582'] },
  { en: 'Act No. 30001', es: ['Ley N° 30001', 'Ley de Reinserción Económica y Social para el Migrante Retornado'] },
  { en: 'Act No. 31827', es: ['Ley N° 31827'] },
  { en: 'General Administrative Procedure Act', es: ['Ley del Procedimiento Administrativo General'] },
  { en: 'Universal Health Insurance Framework Act', es: ['Ley Marco de Aseguramiento Universal en Salud'] },
  { en: 'General Act on the Labour Inspectorate', es: ['Ley General de Inspección del Trabajo'] },
  { en: 'National Migration Policy', es: ['Política Nacional Migratoria'] },
  { en: 'National Financial Inclusion Policy', es: ['Política Nacional de Inclusión Financiera'] },
  { en: 'National Climate Change Strategy up to 2050', es: ['Estrategia Nacional ante el Cambio Climático al 2050'] },
  { en: 'National Climate Change Adaptation Plan', es: ['Plan Nacional de Adaptación al Cambio Climático'] },
  { en: 'National Policy to Combat Trafficking in Persons and Related Forms of Exploitation up to 2030', es: ['Política Nacional frente a la Trata de Personas y sus Formas de Explotación al 2030'] },
  { en: 'Andean Community Decision No. 545', es: ['Decisión 545', 'Comunidad Andina'] },
  { en: 'Andean Labour Migration Instrument', es: ['Instrumento Andino de Migración Laboral'] },
  { en: 'Ibero-American Multilateral Agreement on Social Security', es: ['Convenio Multilateral Iberoamericano de Seguridad Social'] },
  { en: 'Los Angeles Declaration on Migration and Protection', es: ['Declaración de Los Ángeles sobre Migración y Protección'] },
  { en: /(?<!Los Angeles )Declaration on Migration and Protection/, es: ['Declaración sobre Migración y Protección'] },
  { en: 'Migration for Employment Convention (Revised), 1949 (No. 97)', es: ['Convenio sobre los trabajadores migrantes (revisado), 1949 (núm. 97)'] },
  { en: 'Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)', es: ['trabajadores migrantes (disposiciones complementarias), 1975 (núm. 143)'] },
  // The Migrant Support Centre has no confirmed Spanish name: its English name stays, in brackets.
  { en: 'Migrant Support Centre', es: ['«Migrant Support Centre»'] },
  // As they are: people, places, the document, a platform and an acronym.
  ...['Ceriani Cernadas', 'Corzo Sosa', 'Charef', 'Babacar', 'Kariyawasam', 'Frasheri', 'Titicaca', 'Santiago de Chile', 'Buenos Aires', 'Miami', 'YouTube', 'COVID-19', 'CMW/C/PER/2'].map((name) => ({ en: name, es: [name] })),
  { en: 'Valparaiso', es: ['Valparaíso'] },
];

/**
 * Spanish names that no public source confirms (shared/facts/peru-public-facts.md, section 2: rows 2,
 * 9, 26, 41), never to be presented as official: the translation describes these in lower case.
 */
export const UNCONFIRMED_SPANISH_NAMES: readonly string[] = [
  'Centro de Atención al Migrante',
  'Centro de Apoyo al Migrante',
  'Comisión Nacional contra la Discriminación',
  'Registro de Información Migratoria',
  'Registro de Migrantes',
  'Encuesta Nacional de Empleo',
];

/** What each language's translation is held to beyond its paragraphs: how it writes numbers, and its names. */
interface LanguageRules {
  numberIn: (original: string) => string;
  numbers: (text: string) => string[];
  numberRule: string;
  names: readonly ProtectedName[];
  unconfirmed: readonly string[];
}

const RULES: Record<string, LanguageRules> = {
  es: {
    numberIn: spanishNumber,
    numbers: spanishNumbers,
    numberRule: 'four digits together (1700), five or more grouped by a non-breaking space (81\u00A0000), decimals with a comma (1,5); numbers the original writes in words stay words',
    names: SPANISH_NAMES,
    unconfirmed: UNCONFIRMED_SPANISH_NAMES,
  },
};

/** The languages a translation of the record can be checked in. */
export const TRANSLATION_LANGS = Object.keys(RULES);

// Speakers do not matter to the check: the compiled translation takes them from the original.
const NO_META: RecordMeta = { report: '', date: '', government: [], committee: [] };

const keyOf = (b: RecordBlock) => (b.kind === 'paragraph' ? `P${b.n}` : 'procedural');

/** What is in `a` and not in `b`, counting repeats. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

const quote = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');
/** A number as the message shows it: the spaces that look alike named. */
const shown = (s: string) => s.replace(/\u00A0/g, '<U+00A0>').replace(/\u202F/g, '<U+202F>');

/** Every problem of one translation against the original: paragraphs, order, numbers, names. */
export function checkRecordTranslation(original: RecordText, translation: RecordTranslationText): Problem[] {
  const problems: Problem[] = [];
  const file = translation.file;
  const add = (path: string, rule: string, message: string) => problems.push({ file, path, rule, message });
  const rules = RULES[translation.lang];
  if (!rules) {
    add('', 'translation-rules', `no rules for translating the record into "${translation.lang}" (src/content/record-translation.ts has: ${TRANSLATION_LANGS.join(', ')})`);
  }
  const source = parseRecord(original.text, NO_META);
  const target = parseRecord(translation.text, NO_META);
  const paragraphs = (blocks: RecordBlock[]) => new Map(blocks.flatMap((b) => (b.kind === 'paragraph' ? [[b.n, b.text] as const] : [])));
  const sourceParas = paragraphs(source);
  const targetParas = new Map<number, string>();

  for (const b of target) {
    if (b.kind !== 'paragraph') continue;
    if (targetParas.has(b.n)) add(`P${b.n}`, 'translation-paragraph', `P${b.n} is translated twice`);
    else if (!sourceParas.has(b.n)) add(`P${b.n}`, 'translation-paragraph', `P${b.n} is not a paragraph of the original (${original.file}); the translation has exactly its paragraphs`);
    targetParas.set(b.n, b.text);
  }
  for (const n of sourceParas.keys()) {
    if (!targetParas.has(n)) add(`P${n}`, 'translation-paragraph', `P${n} is missing: translate every paragraph of ${original.file}, numbered as there ("**P${n}.** …")`);
  }
  const sourceProcedural = source.filter((b) => b.kind === 'procedural').length;
  const targetProcedural = target.filter((b) => b.kind === 'procedural').length;
  if (sourceProcedural !== targetProcedural) {
    add('procedural', 'translation-procedural', `the original has ${sourceProcedural} procedural line(s) in italics (meeting opened, suspended, rose; headings), the translation ${targetProcedural}: translate each one in its place`);
  }
  // The same sequence of paragraphs and procedural lines, once each is there: the first place they part.
  const sourceKeys = source.map(keyOf);
  const targetKeys = target.map(keyOf).filter((k, i, all) => all.indexOf(k) === i || k === 'procedural');
  if (!problems.length && sourceKeys.join() !== targetKeys.join()) {
    const at = sourceKeys.findIndex((k, i) => k !== targetKeys[i]);
    add(targetKeys[at] ?? '', 'translation-order', `the translation has ${targetKeys[at] === 'procedural' ? 'a procedural line' : targetKeys[at]} where the original has ${sourceKeys[at] === 'procedural' ? 'a procedural line' : sourceKeys[at]}: keep the original's order`);
  }

  for (const [n, text] of targetParas) {
    const en = sourceParas.get(n);
    if (en === undefined) continue;
    const key = `P${n}`;
    if (text === en) {
      add(key, 'translation-untranslated', `${key} is the original's text, not a translation`);
      continue;
    }
    if (!rules) continue;
    const expected = originalNumbers(en).map(rules.numberIn);
    const found = rules.numbers(text);
    const missing = without(expected, found);
    const extra = without(found, expected);
    if (missing.length || extra.length) {
      add(
        key,
        'translation-numbers',
        `the numbers differ from the original's${missing.length ? `; missing: ${quote(missing.map(shown))}` : ''}${extra.length ? `; not in the original: ${quote(extra.map(shown))}` : ''} (how to write them: ${rules.numberRule})`,
      );
    }
    for (const name of rules.names) {
      const named = typeof name.en === 'string' ? en.toLowerCase().includes(name.en.toLowerCase()) : name.en.test(en);
      if (!named) continue;
      const lacking = name.es.filter((es) => !text.includes(es));
      if (lacking.length) add(key, 'translation-name', `the original names "${String(name.en)}": the translation must say ${quote(lacking)}`);
    }
    for (const guess of rules.unconfirmed) {
      if (text.includes(guess)) add(key, 'translation-unconfirmed-name', `"${guess}" is not a confirmed Spanish name (shared/facts/peru-public-facts.md): describe it in lower case, not as an official name`);
    }
  }
  return problems;
}

/** Every problem of every translation; a language of the app without its translation is one. */
export function checkRecordTranslations(original: RecordText, translations: readonly RecordTranslationText[], missing: readonly { lang: string; file: string }[] = []): Problem[] {
  return [
    ...missing.map(({ lang, file }) => ({ file, path: '', rule: 'missing-file', message: `this required file is missing: Rumbo's translation of the record (${original.file}) into "${lang}"` })),
    ...translations.flatMap((t) => checkRecordTranslation(original, t)),
  ];
}

/**
 * A translation as the page shows it: the translated blocks, each paragraph with the speaker of the
 * original's paragraph (so meta.yaml holds for every language).
 */
export function translatedRecord(original: RecordBlock[], translation: RecordText): RecordBlock[] {
  const speakers = new Map(original.flatMap((b) => (b.kind === 'paragraph' ? [[b.n, b.speaker] as const] : [])));
  return parseRecord(translation.text, NO_META).map((b) => (b.kind === 'paragraph' ? { ...b, speaker: speakers.get(b.n) ?? 'other' } : b));
}
