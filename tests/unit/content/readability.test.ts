/**
 * Plain language, measured: the readability formulas, the counting rules behind them and the
 * content check. Every expected score is worked out by hand in the comments, not by running the code.
 */
import { describe, expect, it } from 'vitest';
import {
  checkReadability,
  fernandezHuerta,
  fleschReadingEase,
  formatHardestSentences,
  formatReadabilityReport,
  MIN_WORDS,
  pooledStats,
  sectionOf,
  sentences,
  spanishSyllables,
  textStats,
  tokenSyllables,
  words,
} from '../../../src/content/readability';
import type { Content } from '../../../src/content/validate';

describe('Spanish syllables (rule-based)', () => {
  it.each([
    ['casa', 2], // ca-sa
    ['que', 1], // the u of "que" is silent
    ['quiero', 2], // quie-ro: silent u, then the diphthong ie
    ['guerra', 2], // gue-rra: silent u
    ['guía', 2], // guí-a: silent u, then accented í + a is a hiatus
    ['pingüino', 3], // pin-güi-no: ü is said, üi is a diphthong
    ['vergüenza', 3], // ver-güen-za
    ['país', 2], // pa-ís: accented weak vowel, hiatus
    ['día', 2], // dí-a
    ['baúl', 2], // ba-úl
    ['poeta', 3], // po-e-ta: two strong vowels, hiatus
    ['leer', 2], // le-er
    ['aéreo', 4], // a-é-re-o
    ['leíais', 3], // le-í-ais
    ['cuidado', 3], // cui-da-do: weak + weak is one diphthong
    ['ciudad', 2], // ciu-dad
    ['Uruguay', 3], // U-ru-guay: uay is a triphthong, final y is a glide
    ['hoy', 1], // final y after a vowel is a glide
    ['muy', 1],
    ['y', 1], // the word "y" is a vowel
    ['mayo', 2], // ma-yo: y before a vowel is a consonant
    ['ahora', 3], // a-ho-ra: h splits the vowels
    ['Perú', 2], // Pe-rú
    ['Migraciones', 4], // Mi-gra-cio-nes
  ])('%s has %i', (word, n) => {
    expect(spanishSyllables(word)).toBe(n);
  });
});

describe('counting words, sentences and syllables', () => {
  it('splits sentences on . ! ? and ignores the opening ¿ ¡', () => {
    expect(sentences('¿Tienes SIS? ¡Llama hoy! Es gratis.')).toEqual(['¿Tienes SIS', '¡Llama hoy', 'Es gratis']);
  });

  it('does not end a sentence at a point inside a web address or a number', () => {
    expect(sentences('Entra a gob.pe/migraciones hoy. Son 1.1 millones.')).toHaveLength(2);
  });

  it('reads a web address part by part and a number as one word', () => {
    expect(words('Entra a gob.pe/migraciones')).toEqual(['Entra', 'a', 'gob', 'pe', 'migraciones']);
    expect(words('Más de 81 000 personas')).toHaveLength(4);
  });

  it('removes i18next placeholders before counting', () => {
    expect(words('Tienes {{count}} citas')).toEqual(['Tienes', 'citas']);
  });

  it('counts one syllable per group of digits', () => {
    expect(tokenSyllables('113', 'es')).toBe(1);
    expect(tokenSyllables('2024', 'en')).toBe(1);
    expect(tokenSyllables('1.1', 'en')).toBe(2);
    expect(tokenSyllables(words('81 000')[0]!, 'es')).toBe(2);
  });

  it('spells out an acronym without a vowel and reads one with a vowel as a word', () => {
    expect(tokenSyllables('DNI', 'es')).toBe(3); // de-ene-i: one per letter
    expect(tokenSyllables('CPP', 'en')).toBe(3);
    expect(tokenSyllables('SIS', 'es')).toBe(1); // sis
  });
});

describe('Flesch Reading Ease (English)', () => {
  it('scores a short plain text', () => {
    // "The cat sat on the mat." 6 words, 6 syllables; "It was happy." 3 words, 1 + 1 + 2 = 4.
    // 9 words, 2 sentences, 10 syllables:
    // 206.835 − 1.015 · 9/2 − 84.6 · 10/9 = 206.835 − 4.5675 − 94 = 108.2675
    expect(textStats('The cat sat on the mat. It was happy.', 'en')).toEqual({ words: 9, sentences: 2, syllables: 10 });
    expect(fleschReadingEase('The cat sat on the mat. It was happy.')).toBeCloseTo(108.2675, 4);
  });

  it('counts a number, a placeholder and an acronym by the rules', () => {
    // "Call 113 now." call 1, 113 1 (one group), now 1 → 3 words, 3 syllables.
    // "You have {{count}} days." the placeholder is removed → 3 words, 3 syllables.
    // "Bring your DNI." bring 1, your 1, DNI 3 (spelled out) → 3 words, 5 syllables.
    // 9 words, 3 sentences, 11 syllables:
    // 206.835 − 1.015 · 9/3 − 84.6 · 11/9 = 206.835 − 3.045 − 103.4 = 100.39
    const text = 'Call 113 now. You have {{count}} days. Bring your DNI.';
    expect(textStats(text, 'en')).toEqual({ words: 9, sentences: 3, syllables: 11 });
    expect(fleschReadingEase(text)).toBeCloseTo(100.39, 4);
  });
});

describe('Fernández-Huerta (Spanish)', () => {
  it('scores a short plain text', () => {
    // "Ve al centro de salud." ve 1, al 1, cen-tro 2, de 1, sa-lud 2 → 5 words, 7 syllables.
    // "Lleva tu documento." lle-va 2, tu 1, do-cu-men-to 4 → 3 words, 7 syllables.
    // P = 14 syllables per 8 words = 175 per 100 words; F = 8 words / 2 sentences = 4.
    // 206.84 − 0.60 · 175 − 1.02 · 4 = 206.84 − 105 − 4.08 = 97.76
    expect(textStats('Ve al centro de salud. Lleva tu documento.', 'es')).toEqual({ words: 8, sentences: 2, syllables: 14 });
    expect(fernandezHuerta('Ve al centro de salud. Lleva tu documento.')).toBeCloseTo(97.76, 4);
  });

  it('handles ¿?, a web address and a number with a thousands space', () => {
    // "¿Tienes SIS?" tie-nes 2, SIS 1 → 2 words, 3 syllables.
    // "Entra a gob.pe/migraciones." en-tra 2, a 1, gob 1, pe 1, mi-gra-cio-nes 4 → 5 words, 9 syllables.
    // "Más de 81 000 personas." más 1, de 1, 81 000 2 (two digit groups), per-so-nas 3 → 4 words, 7.
    // 11 words, 3 sentences, 19 syllables. P = 1900/11 = 172.7272…; F = 11/3 = 3.6666…
    // 206.84 − 0.60 · 172.7272… − 1.02 · 3.6666… = 206.84 − 103.6363… − 3.74 = 99.4636…
    const text = '¿Tienes SIS? Entra a gob.pe/migraciones. Más de 81 000 personas.';
    expect(textStats(text, 'es')).toEqual({ words: 11, sentences: 3, syllables: 19 });
    expect(fernandezHuerta(text)).toBeCloseTo(99.4636, 3);
  });

  it('scores long words in one long sentence low', () => {
    // "Consulte la documentación administrativa correspondiente."
    // con-sul-te 3, la 1, do-cu-men-ta-ción 5, ad-mi-nis-tra-ti-va 6, co-rres-pon-dien-te 5 → 5 words, 20.
    // P = 400; F = 5. 206.84 − 240 − 5.1 = −38.26
    expect(fernandezHuerta('Consulte la documentación administrativa correspondiente.')).toBeCloseTo(-38.26, 4);
  });
});

describe('checkReadability', () => {
  const hardEn = 'Comprehensive documentation regarding international organizational responsibilities is mandatory.';
  const content = {
    languages: ['es', 'en'],
    flows: [{ id: 'clinic' }],
    texts: {
      es: {
        clinic: {
          title: 'Carné de extranjería',
          start: { intro: 'Ve al centro de salud. Lleva tu documento.' },
        },
        // Not a flow: never scored.
        common: { note: 'Consulte la documentación administrativa correspondiente antes de continuar.' },
      },
      en: {
        clinic: {
          title: 'Foreigner card',
          start: { intro: hardEn },
        },
      },
    },
  } as unknown as Pick<Content, 'flows' | 'texts' | 'languages'>;

  it('fails a section below 60 and names the file, the section and the score', () => {
    const { problems } = checkReadability(content);
    expect(problems).toEqual([
      {
        file: 'content/locales/en/clinic.json',
        path: 'start',
        rule: 'readability',
        message: expect.stringMatching(/^Flesch Reading Ease -?\d+ \(needs 60\) for the section as a whole \(1 text\(s\), 8 words, 1 sentence\(s\)\); hardest sentence \(-?\d+\) in start.intro: "Comprehensive documentation regarding/),
      },
    ]);
  });

  it(`lists texts under ${MIN_WORDS} words as short, never as problems`, () => {
    const { report } = checkReadability(content);
    expect(report.short.es!.map((b) => b.key)).toEqual(['title']);
    expect(report.short.en!.map((b) => b.key)).toEqual(['title']);
    expect(report.scored.es!.map((b) => b.key)).toEqual(['start.intro']);
  });

  it('reports the hardest sections first, and still each text, per language', () => {
    const text = formatReadabilityReport(checkReadability(content).report);
    expect(text).toContain('Readability (en, Flesch Reading Ease, needs 60 per section): 1 section(s) scored as a whole, 1 below');
    expect(text).toContain('content/locales/en/clinic.json: start\n');
    expect(text).toContain('Single texts (en, listed, not failed): 1 of 8+ words, 1 under 60; 1 short text(s) under 8 words');
    expect(text).toContain('97.7  content/locales/es/clinic.json: start\n');
    expect(text).toContain('97.7  content/locales/es/clinic.json: start.intro');
  });
});

describe('sections: each part of a page is scored as a whole', () => {
  it.each([
    ['title', '{title,description}'],
    ['description', '{title,description}'],
    ['start.intro', 'start'],
    ['start.prepare.document', 'start'],
    ['nodes.document.question', 'nodes.document'],
    ['nodes.document.hint', 'nodes.document'],
    ['nodes.document.options.carne', 'nodes.document'],
    ['nodes.valid-permit.title', 'nodes.valid-permit.{title,summary}'],
    ['nodes.valid-permit.summary', 'nodes.valid-permit.{title,summary}'],
    ['nodes.valid-permit.steps.date', 'nodes.valid-permit.steps'],
    ['nodes.valid-permit.bring.permit', 'nodes.valid-permit.bring'],
    ['nodes.valid-permit.bringTitle', 'nodes.valid-permit.bring'],
    ['nodes.valid-permit.rights.work', 'nodes.valid-permit.rights'],
  ])('%s belongs to %s', (key, section) => {
    expect(sectionOf(key)).toBe(section);
  });

  // Hand counts (Spanish syllables by the rules above):
  // PLAIN_A "Ve al centro de salud. Lleva tu documento." 8 words, 2 sentences, 14 syllables (97.76 alone).
  // PLAIN_B "Pide tu cita hoy." pi-de 2, tu 1, ci-ta 2, hoy 1 → 4 words, 6; "Es gratis para todos." es 1,
  //   gra-tis 2, pa-ra 2, to-dos 2 → 4 words, 7. 8 words, 2 sentences, 13 syllables.
  // LONG "Dijo que algunos funcionarios reforzaron ideas negativas sobre las personas de Venezuela."
  //   di-jo 2, que 1, al-gu-nos 3, fun-cio-na-rios 4, re-for-za-ron 4, i-de-as 3, ne-ga-ti-vas 4,
  //   so-bre 2, las 1, per-so-nas 3, de 1, Ve-ne-zue-la 4 → 12 words, 1 sentence, 32 syllables.
  //   Alone: P = 3200/12 = 266.66…, F = 12: 206.84 − 160 − 12.24 = 34.6, under 60.
  // HARD "Consulte la documentación administrativa correspondiente antes de continuar." con-sul-te 3,
  //   la 1, do-cu-men-ta-ción 5, ad-mi-nis-tra-ti-va 6, co-rres-pon-dien-te 5, an-tes 2, de 1,
  //   con-ti-nuar 3 (ua is a diphthong) → 8 words, 1 sentence, 26 syllables.
  const PLAIN_A = 'Ve al centro de salud. Lleva tu documento.';
  const PLAIN_B = 'Pide tu cita hoy. Es gratis para todos.';
  const LONG = 'Dijo que algunos funcionarios reforzaron ideas negativas sobre las personas de Venezuela.';
  const HARD = 'Consulte la documentación administrativa correspondiente antes de continuar.';
  const FILE = 'content/locales/es/residency.json';
  const check = (texts: Record<string, unknown>) =>
    checkReadability({ languages: ['es'], flows: [{ id: 'residency' }], texts: { es: { residency: texts } } } as unknown as Pick<Content, 'flows' | 'texts' | 'languages'>);

  it('a section of plain sentences passes', () => {
    // start: 16 words, 4 sentences, 27 syllables. P = 168.75, F = 4: 206.84 − 101.25 − 4.08 = 101.51.
    const { problems, report } = check({ start: { intro: PLAIN_A, prepare: { document: PLAIN_B } } });
    expect(problems).toEqual([]);
    expect(report.sections.es!.map((s) => [s.key, s.keys])).toEqual([['start', ['start.intro', 'start.prepare.document']]]);
    expect(report.sections.es![0]!.score).toBeCloseTo(101.51, 2);
  });

  it('a section whose pooled score is under 60 fails, naming its key path and its hardest sentence', () => {
    // rights: 20 words, 2 sentences, 58 syllables. P = 290, F = 10: 206.84 − 174 − 10.2 = 22.64.
    const { problems, report } = check({
      nodes: { 'valid-permit': { steps: { call: PLAIN_A }, rights: { committee: LONG, docs: HARD } } },
    });
    expect(pooledStats([LONG, HARD], 'es')).toEqual({ words: 20, sentences: 2, syllables: 58 });
    expect(report.sections.es!.find((s) => s.key === 'nodes.valid-permit.rights')!.score).toBeCloseTo(22.64, 2);
    expect(problems).toEqual([
      {
        file: FILE,
        path: 'nodes.valid-permit.rights',
        rule: 'readability',
        message: expect.stringMatching(/^Fernández-Huerta 22 \(needs 60\) for the section as a whole \(2 text\(s\), 20 words, 2 sentence\(s\)\); hardest sentence \(-?\d+\) in nodes.valid-permit.rights.docs: "Consulte la documentación/),
      },
    ]);
  });

  it('a section with one long-ish sentence among plain ones passes, though that sentence alone would not', () => {
    // steps: 28 words, 5 sentences, 59 syllables. P = 5900/28 = 210.71…, F = 5.6:
    // 206.84 − 126.43 − 5.712 = 74.70. LONG alone is 34.6: the old per-text rule failed it.
    const { problems, report } = check({ nodes: { 'valid-permit': { steps: { call: PLAIN_A, committee: LONG, ask: PLAIN_B } } } });
    expect(problems).toEqual([]);
    expect(report.sections.es![0]!.score).toBeCloseTo(74.7, 1);
    expect(report.scored.es!.find((b) => b.key === 'nodes.valid-permit.steps.committee')!.score).toBeCloseTo(34.6, 1);
  });

  it(`a text under ${MIN_WORDS} words is neither failed nor pooled: a plain list of documents is no problem`, () => {
    // "Tu certificado de discapacidad. Tu documento de identidad." scores about 37 pooled, for its nouns.
    const { problems, report } = check({
      nodes: { 'get-certificate': { title: 'Pide tu certificado', summary: PLAIN_A, bring: { certificate: 'Tu certificado de discapacidad.', document: 'Tu documento de identidad.' } } },
    });
    expect(problems).toEqual([]);
    expect(report.sections.es!.map((s) => [s.key, s.keys])).toEqual([['nodes.get-certificate.{title,summary}', ['nodes.get-certificate.summary']]]);
    expect(report.short.es!.map((b) => b.key)).toHaveLength(3);
  });

  it('the sentence report lists the hardest sentence first, with its file and key', () => {
    const { report } = check({
      start: { intro: PLAIN_A },
      nodes: { 'valid-permit': { steps: { call: PLAIN_B, committee: `${PLAIN_A} ${LONG}` } } },
    });
    // Sentences of 8 words or more: only LONG (12 words); the plain ones have 4 or 5 words.
    expect(report.sentences.es!.map((s) => s.key)).toEqual(['nodes.valid-permit.steps.committee']);
    const withHard = check({ nodes: { 'valid-permit': { steps: { call: LONG, docs: HARD } } } }).report;
    // HARD alone: P = 325, F = 8: 206.84 − 195 − 8.16 = 3.68, under LONG's 34.6.
    expect(withHard.sentences.es!.map((s) => s.key)).toEqual(['nodes.valid-permit.steps.docs', 'nodes.valid-permit.steps.call']);
    const lines = formatHardestSentences(withHard).split('\n');
    expect(lines[0]).toBe('Hardest sentences (es, 8+ words, each scored alone, not failed): 2 of 2');
    expect(lines[1]).toBe(`     3.6  ${FILE}: nodes.valid-permit.steps.docs  "${HARD.slice(0, -1)}"`);
    expect(lines[2]).toContain(`34.6  ${FILE}: nodes.valid-permit.steps.call  "${LONG.slice(0, -1)}"`);
  });

  it('the sentence report stops at its limit', () => {
    const { report } = check({ nodes: { 'valid-permit': { steps: { call: LONG, docs: HARD } } } });
    expect(formatHardestSentences(report, 1).split('\n')).toHaveLength(2);
  });
});
