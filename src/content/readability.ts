/**
 * Plain language, measured: a readability score for every section of every flow.
 *
 * - Spanish: Fernández-Huerta, in the corrected form that is commonly used,
 *   206.84 − 0.60·P − 1.02·F, where P = syllables per 100 words and F = average words per sentence.
 *   (Fernández Huerta's 1959 paper printed 1.02·F with F as "sentences per 100 words"; the form with
 *   average words per sentence is the one that tracks Flesch and that Spanish tools use today.)
 * - English: Flesch Reading Ease, 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words).
 *
 * Both read the same way: 100 is very easy, 60–70 is plain language, under 50 is hard.
 *
 * The rule: the content check scores each SECTION of a flow namespace
 * (content/locales/<lang>/<flow>.json) as a whole, its texts' words, sentences and syllables
 * pooled, and fails a section below {@link MIN_SCORE}. The sections ({@link sectionOf}) are what a
 * person reads as one piece: the flow's title and description; the start page (intro and prepare);
 * each question with its hint and options; and, for each outcome, its title and summary, all its
 * steps, all its bring items (with their heading) and all its rights ("good to know").
 *
 * Why sections and not each text: these formulas measure a passage, and a one-sentence text is
 * pushed to 60 only by chopping it. Scored one by one, a writer had to split a claim from its
 * attribution ("The Government told the UN." "You can work.") or cut prose into fragments that read
 * machine-made. Scored as a section, one longer sentence that joins an attribution to its claim is
 * carried by the plain sentences around it, while a section that is hard throughout still fails.
 * Each text and each sentence is still scored for the report (`cli.ts readability` lists the
 * hardest sentences), never failed, so writers see what to rewrite first.
 *
 * A section pools only its texts of at least {@link MIN_WORDS} words. A shorter text (a title, an
 * option, a bring item, an official name such as "Carné de extranjería") is listed in the report
 * but neither failed nor pooled, as before sections: the formulas mean nothing on a few words, an
 * official name cannot be simplified, and pooled, a plain list of documents ("Tu certificado de
 * discapacidad. Tu documento de identidad." scores 37) would fail a section for its nouns and push
 * writers to pad it. So a section without a text of MIN_WORDS words is not scored. Each pooled text
 * ends a sentence, whether or not it ends in a point. common.json and facts.json are not flows and
 * are not scored.
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
  return scoreStats(textStats(text, 'en'), 'en')!;
}

/**
 * Fernández-Huerta (Spanish), corrected form: 206.84 − 0.60·P − 1.02·F, with P = syllables per 100
 * words and F = average words per sentence.
 */
export function fernandezHuerta(text: string): number {
  return scoreStats(textStats(text, 'es'), 'es')!;
}

/** The score of counted text in a language (100 for no words), or undefined without a formula. */
export function scoreStats(s: TextStats, lang: string): number | undefined {
  if (lang !== 'es' && lang !== 'en') return undefined;
  if (!s.words) return 100;
  if (lang === 'es') return 206.84 - 0.6 * ((100 * s.syllables) / s.words) - 1.02 * (s.words / s.sentences);
  return 206.835 - 1.015 * (s.words / s.sentences) - 84.6 * (s.syllables / s.words);
}

/** The score of a text in its language, or undefined for a language without a formula. */
export function readabilityScore(text: string, lang: string): number | undefined {
  return scoreStats(textStats(text, lang), lang);
}

/** Words, sentences and syllables of several texts counted as one (each text ends a sentence). */
export function pooledStats(texts: readonly string[], lang: string): TextStats {
  const all = texts.map((t) => textStats(t, lang)).filter((s) => s.words > 0);
  return {
    words: all.reduce((n, s) => n + s.words, 0),
    sentences: all.reduce((n, s) => n + s.sentences, 0),
    syllables: all.reduce((n, s) => n + s.syllables, 0),
  };
}

/**
 * The section a text key of a flow namespace belongs to, as the key path a problem names:
 * - `{title,description}`: the flow's title and description (the home page);
 * - `start`: the start page (start.intro and every start.prepare.*);
 * - `nodes.<question>`: a question with its hint and options;
 * - `nodes.<outcome>.{title,summary}`, `nodes.<outcome>.steps`, `nodes.<outcome>.bring` (with
 *   bringTitle, its heading) and `nodes.<outcome>.rights` ("good to know"): the parts of a result.
 */
export function sectionOf(key: string): string {
  if (key === 'title' || key === 'description') return '{title,description}';
  if (key === 'start' || key.startsWith('start.')) return 'start';
  const m = /^(nodes\.[^.]+)\.([^.]+)/.exec(key);
  if (!m) return key;
  const [, node, part] = m as unknown as [string, string, string];
  if (part === 'title' || part === 'summary') return `${node}.{title,summary}`;
  if (part === 'steps' || part === 'rights') return `${node}.${part}`;
  if (part === 'bring' || part === 'bringTitle') return `${node}.bring`;
  return node;
}

export interface ScoredBlock {
  lang: string;
  file: string;
  key: string;
  words: number;
  score: number;
  text: string;
}

/** A section (see {@link sectionOf}) scored as a whole: its texts' words, sentences and syllables pooled. */
export interface ScoredSection {
  lang: string;
  file: string;
  /** The section's key path, e.g. `nodes.valid-permit.steps`. */
  key: string;
  /** The text keys it pools (those of at least MIN_WORDS words), in file order. */
  keys: string[];
  words: number;
  sentences: number;
  score: number;
}

/** One sentence of a text block, scored alone: what a writer rewrites. */
export interface ScoredSentence {
  lang: string;
  file: string;
  key: string;
  words: number;
  score: number;
  text: string;
}

export interface ReadabilityReport {
  /** By language: sections with a text of at least MIN_WORDS words, hardest first: what the check fails. */
  sections: Record<string, ScoredSection[]>;
  /** By language: blocks of at least MIN_WORDS words, hardest first. Listed, never failed. */
  scored: Record<string, ScoredBlock[]>;
  /** By language: short blocks (fewer than MIN_WORDS words), listed, never failed; hardest first. */
  short: Record<string, ScoredBlock[]>;
  /** By language: sentences of at least MIN_WORDS words, each scored alone, hardest first. */
  sentences: Record<string, ScoredSentence[]>;
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
 * Scores every flow namespace in every language with a formula: each section as a whole, its texts
 * of at least MIN_WORDS words pooled (a section below MIN_SCORE is a problem), and, for the report
 * only, each text and each sentence of at least MIN_WORDS words.
 */
export function checkReadability(content: Pick<Content, 'flows' | 'texts' | 'languages'>): { problems: Problem[]; report: ReadabilityReport } {
  const problems: Problem[] = [];
  const report: ReadabilityReport = { sections: {}, scored: {}, short: {}, sentences: {} };
  for (const lang of content.languages) {
    const formula = FORMULA_NAMES[lang];
    if (!formula) continue;
    const sectionList: ScoredSection[] = [];
    const scored: ScoredBlock[] = [];
    const short: ScoredBlock[] = [];
    const sentenceList: ScoredSentence[] = [];
    for (const flow of content.flows) {
      const file = `content/locales/${lang}/${flow.id}.json`;
      const bySection = new Map<string, [key: string, text: string][]>();
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
        const section = sectionOf(key);
        bySection.set(section, [...(bySection.get(section) ?? []), [key, value]]);
        for (const sentence of sentences(value)) {
          const w = words(sentence).length;
          if (w >= MIN_WORDS) sentenceList.push({ lang, file, key, words: w, score: readabilityScore(sentence, lang)!, text: sentence });
        }
      }
      for (const [key, blocks] of bySection) {
        const stats = pooledStats(blocks.map(([, t]) => t), lang);
        const section: ScoredSection = { lang, file, key, keys: blocks.map(([k]) => k), words: stats.words, sentences: stats.sentences, score: scoreStats(stats, lang)! };
        sectionList.push(section);
        if (section.score >= MIN_SCORE) continue;
        const hardest = sentenceList.filter((s) => s.file === file && section.keys.includes(s.key)).sort((a, b) => a.score - b.score)[0];
        problems.push({
          file,
          path: key,
          rule: 'readability',
          message:
            `${formula} ${Math.floor(section.score)} (needs ${MIN_SCORE}) for the section as a whole ` +
            `(${section.keys.length} text(s), ${section.words} words, ${section.sentences} sentence(s))` +
            (hardest ? `; hardest sentence (${Math.floor(hardest.score)}) in ${hardest.key}: "${opening(hardest.text)}"` : ''),
        });
      }
    }
    report.sections[lang] = sectionList.sort((a, b) => a.score - b.score);
    report.scored[lang] = scored.sort((a, b) => a.score - b.score);
    report.short[lang] = short.sort((a, b) => a.score - b.score);
    report.sentences[lang] = sentenceList.sort((a, b) => a.score - b.score);
  }
  return { problems, report };
}

/**
 * The report as text, per language: the sections (the check's rule) and the `limit` hardest, then
 * the blocks of at least MIN_WORDS words (listed, not failed) and the `limit` hardest.
 */
export function formatReadabilityReport(report: ReadabilityReport, limit = 10): string {
  const lines: string[] = [];
  for (const [lang, sections] of Object.entries(report.sections)) {
    const blocks = report.scored[lang] ?? [];
    const short = report.short[lang] ?? [];
    const failing = sections.filter((s) => s.score < MIN_SCORE).length;
    lines.push(
      `Readability (${lang}, ${FORMULA_NAMES[lang]}, needs ${MIN_SCORE} per section): ${sections.length} section(s) scored as a whole, ` +
        `${failing} below. Hardest ${Math.min(limit, sections.length)}:`,
    );
    for (const s of sections.slice(0, limit)) lines.push(`  ${displayScore(s.score).padStart(5)}  ${s.file}: ${s.key}`);
    lines.push(
      `  Single texts (${lang}, listed, not failed): ${blocks.length} of ${MIN_WORDS}+ words, ${blocks.filter((b) => b.score < MIN_SCORE).length} under ${MIN_SCORE}; ` +
        `${short.length} short text(s) under ${MIN_WORDS} words. Hardest ${Math.min(limit, blocks.length)}:`,
    );
    for (const b of blocks.slice(0, limit)) lines.push(`    ${displayScore(b.score).padStart(5)}  ${b.file}: ${b.key}`);
  }
  return lines.join('\n');
}

/** The `limit` hardest sentences of at least MIN_WORDS words per language, each with its file and key: what to rewrite first. */
export function formatHardestSentences(report: ReadabilityReport, limit = 30): string {
  const lines: string[] = [];
  for (const [lang, list] of Object.entries(report.sentences)) {
    lines.push(`Hardest sentences (${lang}, ${MIN_WORDS}+ words, each scored alone, not failed): ${Math.min(limit, list.length)} of ${list.length}`);
    for (const s of list.slice(0, limit)) lines.push(`  ${displayScore(s.score).padStart(6)}  ${s.file}: ${s.key}  "${s.text}"`);
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
