/**
 * Plain language, measured: the readability formulas, the counting rules behind them and the
 * content check. Every expected score is worked out by hand in the comments, not by running the code.
 */
import { describe, expect, it } from 'vitest';
import {
  checkReadability,
  fernandezHuerta,
  fleschReadingEase,
  formatReadabilityReport,
  MIN_WORDS,
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

  it('fails a long block below 60 and names the file, the key and the score', () => {
    const { problems } = checkReadability(content);
    expect(problems).toEqual([
      {
        file: 'content/locales/en/clinic.json',
        path: 'start.intro',
        rule: 'readability',
        message: expect.stringMatching(/^Flesch Reading Ease -?\d+ \(needs 60\): "Comprehensive documentation regarding/),
      },
    ]);
  });

  it(`lists blocks under ${MIN_WORDS} words as short, never as problems`, () => {
    const { report } = checkReadability(content);
    expect(report.short.es!.map((b) => b.key)).toEqual(['title']);
    expect(report.short.en!.map((b) => b.key)).toEqual(['title']);
    expect(report.scored.es!.map((b) => b.key)).toEqual(['start.intro']);
  });

  it('reports the hardest scored blocks first, per language', () => {
    const text = formatReadabilityReport(checkReadability(content).report);
    expect(text).toContain('Readability (en, Flesch Reading Ease, needs 60): 1 block(s) scored, 1 below');
    expect(text).toContain('content/locales/en/clinic.json: start.intro');
    expect(text).toContain('97.7  content/locales/es/clinic.json: start.intro');
  });
});
