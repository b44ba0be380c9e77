/**
 * Rumbo's translation of the record (content/record/record-es.md) is checked like all text: each
 * broken fixture gives the precise problem (file, P<n>, rule, message) an editor needs to fix it.
 */
import { describe, expect, it } from 'vitest';
import { buildContent, CONTENT_DIR } from '../../../src/content/build';
import { loadContent } from '../../../src/content/load';
import { formatProblem } from '../../../src/content/problems';
import { parseRecord } from '../../../src/content/record';
import { checkRecordTranslation, originalNumbers, spanishNumber, spanishNumbers } from '../../../src/content/record-translation';
import { expectProblems, problemsAfter, VALID_DIR, type Tree } from '../../fixtures/content/tree';

const ES = 'content/record/record-es.md';
const NB = '\u00A0';
/** Edits the fixture's Spanish translation. */
const editEs = (edit: (text: string) => string) => (t: Tree) => t.write('record/record-es.md', edit(t.read('record/record-es.md')));
const ruled = (rule: string) => (p: { rule: string }) => p.rule === rule;

describe('the real translation', () => {
  it('has every paragraph of the record, with its numbers and names: no problems', () => {
    const { problems } = loadContent(CONTENT_DIR);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('is compiled with the speaker of each original paragraph, P1 to P40, and the procedural lines in place', () => {
    const content = buildContent(CONTENT_DIR);
    const es = content.recordTranslations.es!;
    expect(es.map((b) => (b.kind === 'paragraph' ? `P${b.n}:${b.speaker}` : 'procedural'))).toEqual(
      content.record.map((b) => (b.kind === 'paragraph' ? `P${b.n}:${b.speaker}` : 'procedural')),
    );
    expect(es.filter((b) => b.kind === 'paragraph')).toHaveLength(40);
    const p30 = es.find((b) => b.kind === 'paragraph' && b.n === 30);
    expect(p30).toMatchObject({ speaker: 'government', text: expect.stringContaining('1023 migrantes') });
  });
});

describe('the fixture with its translation', () => {
  it('has no problems, and its translation is compiled', () => {
    expect(problemsAfter(() => {})).toEqual([]);
    const es = buildContent(VALID_DIR).recordTranslations.es!;
    expect(es.map((b) => (b.kind === 'paragraph' ? b.n : b.kind))).toEqual(['procedural', 1, 2, 3]);
  });
});

describe('a broken translation names the file, the paragraph and the rule', () => {
  it('a missing paragraph', () => {
    const problems = problemsAfter(editEs((s) => s.replace(/\*\*P3\.\*\*.*\n/, '')));
    expectProblems(problems, [[ES, 'P3', 'translation-paragraph', 'P3 is missing']]);
  });

  it('a paragraph the original does not have, and one translated twice', () => {
    const problems = problemsAfter(editEs((s) => `${s}\n**P4.** Otro párrafo.\n\n**P1.** El Gobierno dijo otra cosa.\n`));
    expectProblems(problems, [
      [ES, 'P4', 'translation-paragraph', 'P4 is not a paragraph of the original'],
      [ES, 'P1', 'translation-paragraph', 'P1 is translated twice'],
    ]);
  });

  it('a changed number', () => {
    const problems = problemsAfter(editEs((s) => s.replace('más de 1700', 'más de 1800')));
    expectProblems(problems, [[ES, 'P2', 'translation-numbers', 'missing: "1700"; not in the original: "1800"']]);
  });

  it('a number left out, and one added', () => {
    expectProblems(problemsAfter(editEs((s) => s.replace('Entre 2022 y 2023, ', ''))), [[ES, 'P2', 'translation-numbers', 'missing: "2022", "2023"']]);
    expectProblems(problemsAfter(editEs((s) => s.replace('hizo una pregunta', 'hizo 2 preguntas'))), [[ES, 'P3', 'translation-numbers', 'not in the original: "2"']]);
  });

  it('a number written against the rule: a thousands comma or point, a plain space, a decimal point', () => {
    const numbers = (edit: (s: string) => string) => problemsAfter(editEs(edit)).filter(ruled('translation-numbers')).map((p) => p.message);
    expect(numbers((s) => s.replace('1700', '1,700'))).toEqual([expect.stringContaining('missing: "1700"; not in the original: "1,700"')]);
    expect(numbers((s) => s.replace(`81${NB}000`, '81.000'))).toEqual([expect.stringContaining('missing: "81<U+00A0>000"; not in the original: "81.000"')]);
    expect(numbers((s) => s.replace(`81${NB}000`, '81 000'))).toEqual([expect.stringContaining('not in the original: "81 000"')]);
    expect(numbers((s) => s.replace(`81${NB}000`, '81000'))).toEqual([expect.stringContaining('not in the original: "81000"')]);
    expect(numbers((s) => s.replace('69,4', '69.4'))).toEqual([expect.stringContaining('missing: "69,4"; not in the original: "69.4"')]);
    expect(numbers((s) => s.replace('1700', `1${NB}700`))).toEqual([expect.stringContaining('how to write them: four digits together (1700)')]);
  });

  it('a protected name missing: the official Spanish name, its acronym, the decree', () => {
    expectProblems(problemsAfter(editEs((s) => s.replace('Comisión Especial para los Refugiados (CEPR)', 'comisión de refugiados'))), [
      [ES, 'P2', 'translation-name', 'the original names "Special Commission for Refugees": the translation must say "Comisión Especial para los Refugiados", "CEPR"'],
    ]);
    expectProblems(problemsAfter(editEs((s) => s.replace('Decreto Legislativo N° 1350', 'Decreto 1350'))), [
      [ES, 'P2', 'translation-name', 'the translation must say "Decreto Legislativo N° 1350"'],
    ]);
  });

  it('an unconfirmed Spanish name presented as official', () => {
    expectProblems(problemsAfter(editEs((s) => s.replace('hizo una pregunta', 'hizo una pregunta sobre el Centro de Atención al Migrante'))), [
      [ES, 'P3', 'translation-unconfirmed-name', '"Centro de Atención al Migrante" is not a confirmed Spanish name'],
    ]);
  });

  it('a paragraph left in English', () => {
    const problems = problemsAfter(editEs((s) => s.replace(/\*\*P3\.\*\*.*/, '**P3.** A committee member asked a question.')));
    expectProblems(problems, [[ES, 'P3', 'translation-untranslated', "P3 is the original's text"]]);
  });

  it('a procedural line missing, and paragraphs out of order', () => {
    expectProblems(problemsAfter(editEs((s) => s.replace('*Se declara abierta la sesión.*\n', ''))), [[ES, 'procedural', 'translation-procedural', 'the original has 1 procedural line(s)']]);
    const swapped = problemsAfter(editEs((s) => s.replace(/(\*\*P1\.\*\*.*\n)\n(\*\*P2\.\*\*.*\n)/, '$2\n$1')));
    expectProblems(swapped, [[ES, 'P2', 'translation-order', 'the translation has P2 where the original has P1']]);
  });

  it('a missing translation file', () => {
    const problems = problemsAfter((t) => t.remove('record/record-es.md'));
    expectProblems(problems, [[ES, '', 'missing-file', `Rumbo's translation of the record`]]);
  });
});

describe('numbers', () => {
  it("the original's numbers: thousands commas, decimals, years, ranges, law numbers", () => {
    expect(originalNumbers('More than 1,700 of 5,000; 81,000 people; 1.5 million; 69.4 per cent; 15–49; Act No. 30001; COVID-19.')).toEqual([
      '1,700', '5,000', '81,000', '1.5', '69.4', '15', '49', '30001', '19',
    ]);
  });

  it('the Spanish rule maps each exactly once', () => {
    expect(['1,700', '1,969', '81,000', '1,100,000', '1.5', '69.4', '2024', '30001', '12'].map(spanishNumber)).toEqual([
      '1700', '1969', `81${NB}000`, `1${NB}100${NB}000`, '1,5', '69,4', '2024', '30001', '12',
    ]);
  });

  it('the Spanish text is read as written, so that a wrong form shows', () => {
    expect(spanishNumbers(`más de 1700 de 5000; 81${NB}000; 1,5 millones; el 69,4${NB}%; de 15 a 49; 1.700; 81 000; Ley N° 30001; COVID-19`)).toEqual([
      '1700', '5000', `81${NB}000`, '1,5', '69,4', '15', '49', '1.700', '81 000', '30001', '19',
    ]);
  });

  it('a paragraph with the same numbers in another order is fine; a translation without rules for its language is a problem', () => {
    const original = { file: 'o.md', text: '**P1.** In 2024, 12 and 2,000.\n' };
    expect(checkRecordTranslation(original, { lang: 'es', file: 't.md', text: '**P1.** 2000 y 12 en 2024.\n' })).toEqual([]);
    expect(checkRecordTranslation(original, { lang: 'fr', file: 't.md', text: '**P1.** En 2024, 12 et 2000.\n' }).map((p) => p.rule)).toEqual(['translation-rules']);
  });

  it('parses the translation as the original: its numbered paragraphs and italic lines, not its header', () => {
    const blocks = parseRecord('# Título\n\nUna nota con **P1.** dentro.\n\n*Se abre la sesión.*\n\n**P1.** Texto.\n', { report: '', date: '', government: [[1, 1]], committee: [] });
    expect(blocks).toEqual([{ kind: 'procedural', text: 'Se abre la sesión.' }, { kind: 'paragraph', n: 1, speaker: 'government', text: 'Texto.' }]);
  });
});
