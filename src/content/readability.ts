/**
 * Plain language, measured: a readability score for every text block of every flow.
 *
 * - Spanish: Fernández-Huerta, in the corrected form that is commonly used,
 *   206.84 − 0.60·P − 1.02·F, where P = syllables per 100 words and F = average words per sentence.
 *   (Fernández Huerta's 1959 paper printed 1.02·F with F as "sentences per 100 words"; the form with
 *   average words per sentence is the one that tracks Flesch and that Spanish tools use today.)
 * - English: Flesch Reading Ease, 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words).
 *
 * Both read the same way: 100 is very easy, 60–70 is plain language, under 50 is hard. The content
 * check fails a block below {@link MIN_SCORE}.
 *
 * A "text block" is every string value of a flow namespace (content/locales/<lang>/<flow>.json).
 * Blocks with fewer than {@link MIN_WORDS} words (option labels, titles, official names such as
 * "Carné de extranjería") are listed in the report but never failed: these formulas mean nothing
 * on a few words, and an official name cannot be simplified. common.json and facts.json are not
 * flows and are not scored.
 *
 * Counting rules (the same for both languages unless said):
 * - i18next `{{placeholders}}` are removed before scoring.
 * - A sentence ends at . ! ? or … followed by a space or the end, or at a line break. A point inside
 *   a token (gob.pe, 1.1) does not end a sentence. Spanish ¿ and ¡ only open a sentence that the
 *   closing ? or ! ends, so they are ignored. A block without final punctuation is one sentence.
 * - A word is a run of letters or digits, which may hold ' ’ - between them (don't, Ibero-American).
 * - A number (any token with a digit) is one word with one syllable per group of digits: 113 and
 *   2024 count 1; 1.1, 1,700, 10:30 and 81 000 count 2. Digits are read at a glance, like a short word, and
 *   the content rules ask for numbers as digits, so the numbers people need (phones, years, counts)
 *   must not count against a text. (Counting them as spoken words would: "2024" is 5 syllables.)
 * - An all-capital acronym said letter by letter (no vowel, or two consonants first: CPP, SBS, DNI)
 *   counts one syllable per letter. Other acronyms (SIS, ONU, MINSA, CONADIS) are read as words.
 * - A web address is read part by part, so each part between . / : is a word: gob.pe/migraciones
 *   is 3 words (gob, pe, migraciones), as a person reads it aloud.
 * - English syllables come from the `syllable` package (wooorm); Spanish ones from the rule-based
 *   {@link spanishSyllables} below.
 */
import { syllable } from 'syllable';
import type { Content } from './validate';
import type { Problem } from './problems';
import { flatten } from './keys';

export const MIN_SCORE = 60;
export const MIN_WORDS = 8;

/** The formula used for each language; other languages are not scored. */
export const FORMULA_NAMES: Record<string, string> = { es: 'Fernández-Huerta', en: 'Flesch Reading Ease' };

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

/** Removes i18next placeholders such as {{count}} or {{date, short}}. */
export function stripPlaceholders(text: string): string {
  return text.replace(/\{\{[^}]*\}\}/g, ' ');
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-/:,][\p{L}\p{M}\p{N}]+)*/gu;
/** A number, with its thousands written as "81 000" (one word, not two). */
const NUMBER_GROUPS = /\p{N}+(?:[ \u00a0\u202f]\p{N}{3}(?!\p{N}))+/gu;
const SENTENCE_END = /[.!?…]+["'»”’)\]]*(?=\s|$)|[\r\n]+/u;

/** The sentences of a text, each with at least one word. */
export function sentences(text: string): string[] {
  return stripPlaceholders(text)
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** The words of a text (placeholders removed; "81 000" is one word; gob.pe is two). */
export function words(text: string): string[] {
  const joined = stripPlaceholders(text).replace(NUMBER_GROUPS, (n) => n.replace(/[ \u00a0\u202f]/g, ','));
  return (joined.match(WORD) ?? []).flatMap((w) => (/\p{N}/u.test(w) ? [w] : w.split(/[./:]/).filter(Boolean)));
}

// Spanish vowels: strong (a, e, o, with or without accent) and weak (i, u, ü). An accented weak
// vowel (í, ú) breaks a diphthong with a strong vowel (país, día, baúl), so it counts as strong.
const STRONG = new Set([...'aeoáéóíú']);
const WEAK = new Set([...'iuü']);

/**
 * Syllables of one Spanish word, by vowel nuclei:
 * - each run of vowels is one syllable, except that two strong vowels side by side are a hiatus
 *   (po-e-ta, le-er), and so is an accented í/ú next to a strong vowel (pa-ís, dí-a, ba-úl);
 *   strong+weak, weak+strong and weak+weak are diphthongs (cie-lo, cui-da-do) and a weak+strong+weak
 *   run is a triphthong (U-ru-guay); a doubled weak vowel is a hiatus (chi-i-ta);
 * - in que, qui, gue, gui the u is silent (que-so, gui-ta-rra); ü is pronounced (pin-güi-no);
 * - h is a consonant here, so it splits vowels (a-ho-ra, pro-hi-bi-do);
 * - y before a vowel is a consonant (ma-yo); otherwise it is the vowel i, a glide after a vowel at
 *   the end of a word (hoy, muy, rey) or a syllable of its own (the word "y").
 * A word always has at least one syllable.
 */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().normalize('NFC').replace(/([qg])u(?=[eiéí])/g, '$1');
  const chars = [...w];
  const kind = (i: number): 'strong' | 'weak' | undefined => {
    const c = chars[i];
    if (c === undefined) return undefined;
    if (STRONG.has(c)) return 'strong';
    if (WEAK.has(c)) return 'weak';
    if (c === 'y') return isVowel(chars[i + 1]) ? undefined : 'weak';
    return undefined;
  };
  let count = 0;
  for (let i = 0; i < chars.length; i++) {
    const here = kind(i);
    if (!here) continue;
    const before = i > 0 ? kind(i - 1) : undefined;
    if (!before) count++;
    else if (before === 'strong' && here === 'strong') count++;
    else if (before === 'weak' && here === 'weak' && normalU(chars[i - 1]) === normalU(chars[i])) count++;
  }
  return Math.max(1, count);
}

function isVowel(c: string | undefined): boolean {
  return c !== undefined && (STRONG.has(c) || WEAK.has(c));
}

function normalU(c: string | undefined): string | undefined {
  return c === 'ü' ? 'u' : c === 'y' ? 'i' : c;
}

/** Syllables of one English word, from the `syllable` package. */
export function englishSyllables(word: string): number {
  return Math.max(1, syllable(word));
}

/** Syllables of one word, with the number and acronym rules above. */
export function tokenSyllables(token: string, lang: string): number {
  if (/\p{N}/u.test(token)) return token.split(/[^\p{N}]+/u).filter(Boolean).length || 1;
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && spelledOut(letters)) return letters.length;
  return lang === 'es' ? spanishSyllables(token) : englishSyllables(token);
}

const VOWEL = /[aeiouáéíóúü]/iu;

/** An acronym said letter by letter: no vowel (CPP, SBS) or two consonants first (DNI). */
function spelledOut(acronym: string): boolean {
  return !VOWEL.test(acronym) || (!VOWEL.test(acronym[0]!) && !VOWEL.test(acronym[1]!));
}

/** Words, sentences and syllables of a text in a language. */
export function textStats(text: string, lang: string): TextStats {
  const ws = words(text);
  return {
    words: ws.length,
    sentences: Math.max(1, sentences(text).length),
    syllables: ws.reduce((sum, w) => sum + tokenSyllables(w, lang), 0),
  };
}

/** Flesch Reading Ease (English): 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words). */
export function fleschReadingEase(text: string): number {
  const s = textStats(text, 'en');
  if (!s.words) return 100;
  return 206.835 - 1.015 * (s.words / s.sentences) - 84.6 * (s.syllables / s.words);
}

/**
 * Fernández-Huerta (Spanish), corrected form: 206.84 − 0.60·P − 1.02·F, with P = syllables per 100
 * words and F = average words per sentence.
 */
export function fernandezHuerta(text: string): number {
  const s = textStats(text, 'es');
  if (!s.words) return 100;
  return 206.84 - 0.6 * ((100 * s.syllables) / s.words) - 1.02 * (s.words / s.sentences);
}

/** The score of a text in its language, or undefined for a language without a formula. */
export function readabilityScore(text: string, lang: string): number | undefined {
  if (lang === 'es') return fernandezHuerta(text);
  if (lang === 'en') return fleschReadingEase(text);
  return undefined;
}

export interface ScoredBlock {
  lang: string;
  file: string;
  key: string;
  words: number;
  score: number;
  text: string;
}

export interface ReadabilityReport {
  /** By language: blocks of at least MIN_WORDS words, hardest first. */
  scored: Record<string, ScoredBlock[]>;
  /** By language: short blocks (fewer than MIN_WORDS words), listed, never failed; hardest first. */
  short: Record<string, ScoredBlock[]>;
}

/** Rounds down to one decimal, so a failing 59.96 never shows as 60. */
export function displayScore(score: number): string {
  return (Math.floor(score * 10) / 10).toFixed(1);
}

function opening(text: string): string {
  const ws = text.trim().split(/\s+/);
  return ws.length > 8 ? `${ws.slice(0, 8).join(' ')}…` : text.trim();
}

/**
 * Scores every string of every flow namespace in every language with a formula. A block of at
 * least MIN_WORDS words below MIN_SCORE is a problem; shorter blocks are only reported.
 */
export function checkReadability(content: Pick<Content, 'flows' | 'texts' | 'languages'>): { problems: Problem[]; report: ReadabilityReport } {
  const problems: Problem[] = [];
  const report: ReadabilityReport = { scored: {}, short: {} };
  for (const lang of content.languages) {
    const formula = FORMULA_NAMES[lang];
    if (!formula) continue;
    const scored: ScoredBlock[] = [];
    const short: ScoredBlock[] = [];
    for (const flow of content.flows) {
      const file = `content/locales/${lang}/${flow.id}.json`;
      for (const [key, value] of flatten(content.texts[lang]?.[flow.id] ?? {})) {
        if (typeof value !== 'string') continue;
        const n = words(value).length;
        if (!n) continue;
        const block: ScoredBlock = { lang, file, key, words: n, score: readabilityScore(value, lang)!, text: value };
        if (n < MIN_WORDS) {
          short.push(block);
          continue;
        }
        scored.push(block);
        if (block.score < MIN_SCORE) {
          problems.push({
            file,
            path: key,
            rule: 'readability',
            message: `${formula} ${Math.floor(block.score)} (needs ${MIN_SCORE}): "${opening(value)}"`,
          });
        }
      }
    }
    report.scored[lang] = scored.sort((a, b) => a.score - b.score);
    report.short[lang] = short.sort((a, b) => a.score - b.score);
  }
  return { problems, report };
}

/** The report as text: the `limit` hardest scored blocks per language, and the short blocks counted. */
export function formatReadabilityReport(report: ReadabilityReport, limit = 10): string {
  const lines: string[] = [];
  for (const [lang, blocks] of Object.entries(report.scored)) {
    const short = report.short[lang] ?? [];
    const failing = blocks.filter((b) => b.score < MIN_SCORE).length;
    lines.push(
      `Readability (${lang}, ${FORMULA_NAMES[lang]}, needs ${MIN_SCORE}): ${blocks.length} block(s) scored, ${failing} below; ` +
        `${short.length} short block(s) under ${MIN_WORDS} words listed, not failed. Hardest ${Math.min(limit, blocks.length)}:`,
    );
    for (const b of blocks.slice(0, limit)) lines.push(`  ${displayScore(b.score).padStart(5)}  ${b.file}: ${b.key}`);
  }
  return lines.join('\n');
}

/** The short blocks (under MIN_WORDS words) as text, hardest first: listed, never failed. */
export function formatShortBlocks(report: ReadabilityReport): string {
  const lines: string[] = [];
  for (const [lang, blocks] of Object.entries(report.short)) {
    lines.push(`Short blocks (${lang}, under ${MIN_WORDS} words, not failed): ${blocks.length}`);
    for (const b of blocks) lines.push(`  ${displayScore(b.score).padStart(6)}  ${b.file}: ${b.key}  "${b.text}"`);
  }
  return lines.join('\n');
}
