/**
 * The content check on files, schema and references: each broken fixture must give the precise
 * problem (file, key path, rule, message) an editor needs to fix it.
 */
import { describe, expect, it } from 'vitest';
import { buildContent, CONTENT_DIR } from '../../../src/content/build';
import { loadContent } from '../../../src/content/load';
import { ContentError, formatProblem } from '../../../src/content/problems';
import { validateContent } from '../../../src/content/validate';
import { copyValid, expectProblems, FACTS, FLOW, problemsAfter, text, VALID_DIR, type Expected, type Tree } from '../../fixtures/content/tree';
import { rmSync } from 'node:fs';

describe('valid content', () => {
  it('the real content/ has no problems', () => {
    const { raw, problems } = loadContent(CONTENT_DIR);
    expect([...problems, ...validateContent(raw).problems].map(formatProblem)).toEqual([]);
  });

  it('the fixture every broken case starts from has no problems', () => {
    expect(problemsAfter(() => {})).toEqual([]);
    expect(buildContent(VALID_DIR).flows.map((f) => f.id)).toEqual(['clinic']);
  });
});

describe('syntax', () => {
  // Line 9 of the fixture is "start: insured"; a second "start:" on line 10 is a duplicate key.
  const duplicateKey = (t: Tree) => t.write('flows/clinic.yaml', t.read('flows/clinic.yaml').replace('start: insured', 'start: insured\nstart: needs'));

  it('reports a YAML error in the file it is in', () => {
    expect(problemsAfter(duplicateKey).filter((p) => p.rule === 'yaml')).toEqual([
      expect.objectContaining({ file: FLOW, rule: 'yaml', message: expect.stringContaining('Map keys must be unique') }),
    ]);
  });

  // Regression: with { prettyErrors: false } the yaml parser set no linePos, so every path was "line ?".
  it('names the line of a YAML error', () => {
    expect(problemsAfter(duplicateKey).find((p) => p.rule === 'yaml')?.path).toBe('line 10');
  });

  it('reports a JSON error in the file it is in, and keeps checking', () => {
    const problems = problemsAfter((t) => t.write('locales/en/clinic.json', '{ "title": "See a doctor", }'));
    expectProblems(problems, [[text('en', 'clinic'), '', 'json', 'JSON']]);
    expect(problems.some((p) => p.rule === 'missing-text' && p.file === text('en', 'clinic'))).toBe(true);
  });
});

type Case = [name: string, breakIt: (t: Tree) => void, expected: Expected[]];

describe('schema and file names', () => {
  it.each<Case>([
    ['a node id that is not lower-case-with-hyphens', (t) => t.yaml('flows/clinic.yaml', (f) => (f.nodes[0].id = 'Insured')), [[FLOW, 'nodes[0].id', 'schema', 'lower-case letters and digits joined by hyphens']]],
    ['an outcome without sources', (t) => t.yaml('flows/clinic.yaml', (f) => delete f.nodes[5].sources), [[FLOW, 'nodes[5].sources', 'schema', 'expected array']]],
    ['an outcome with an empty source list', (t) => t.yaml('flows/clinic.yaml', (f) => (f.nodes[5].sources = [])), [[FLOW, 'nodes[5].sources', 'schema', 'must cite at least one source']]],
    ['a question with one option', (t) => t.yaml('flows/clinic.yaml', (f) => f.nodes[0].options.pop()), [[FLOW, 'nodes[0].options', 'schema', 'a question needs at least 2 options']]],
    ['an unknown key in a node', (t) => t.yaml('flows/clinic.yaml', (f) => (f.nodes[1].colour = 'red')), [[FLOW, 'nodes[1]', 'schema', 'colour']]],
    ['a source that is neither Pn nor Sn', (t) => t.yaml('flows/clinic.yaml', (f) => (f.sources = ['p1'])), [[FLOW, 'sources[0]', 'schema', 'such as P30']]],
    ['a phone with a hyphen', (t) => t.yaml('facts/facts.yaml', (f) => (f.contacts[0].phone = '10-0')), [[FACTS, 'contacts[0].phone', 'schema', 'must be digits only']]],
    ['a record meta without its report', (t) => t.yaml('record/meta.yaml', (m) => delete m.report), [['content/record/meta.yaml', 'report', 'schema', 'expected string']]],
    ['a flow id that is not its file name', (t) => t.rename('flows/clinic.yaml', 'flows/clinics.yaml'), [['content/flows/clinics.yaml', 'id', 'file-name', 'must match the file name "clinics"']]],
    [
      'two flows with the same id',
      (t) => t.write('flows/clinic-copy.yaml', t.read('flows/clinic.yaml')),
      [
        ['content/flows/clinic-copy.yaml', 'id', 'file-name', 'flow id "clinic" must match the file name "clinic-copy"'],
        [FLOW, 'id', 'unique-id', 'flow id "clinic" is already used by content/flows/clinic-copy.yaml'],
      ],
    ],
  ])('%s', (_name, breakIt, expected) => {
    expectProblems(problemsAfter(breakIt), expected);
  });

  // Regression: a broken meta.yaml once left the record unparsed, so every Pn was also reported as
  // "P1 is not a paragraph of the record (P1 to P-Infinity)".
  it('a broken meta.yaml is reported once, not as a false problem on every Pn', () => {
    const problems = problemsAfter((t) => t.yaml('record/meta.yaml', (m) => delete m.report));
    expect(problems.filter((p) => p.rule === 'record-paragraph')).toEqual([]);
  });
});

describe('references', () => {
  it.each<Case>([
    ['a record paragraph past the end', (t) => t.yaml('flows/clinic.yaml', (f) => (f.sources = ['P41', 'S1'])), [[FLOW, 'sources[0]', 'record-paragraph', 'P41 is not a paragraph of the record (P1 to P3)']]],
    ['an unknown fact source in an outcome step', (t) => t.yaml('flows/clinic.yaml', (f) => (f.nodes[3].steps[0].sources = ['S999'])), [[FLOW, 'nodes[3].steps[0].sources[0]', 'fact-id', 'S999 is not a source in content/facts/facts.yaml']]],
    ['an unknown fact source in a contact', (t) => t.yaml('facts/facts.yaml', (f) => f.contacts[1].sources.push('S999')), [[FACTS, 'contacts[1].sources[1]', 'fact-id', 'S999 is not a source']]],
    ['two sources with the same title', (t) => t.yaml('facts/facts.yaml', (f) => (f.sources[1].title = f.sources[0].title)), [[FACTS, 'sources[1].title', 'unique-title', 'has the same title as']]],
    ['an unknown contact', (t) => t.yaml('flows/clinic.yaml', (f) => (f.nodes[3].contacts = ['helpline', 'nobody'])), [[FLOW, 'nodes[3].contacts[1]', 'contact-exists', '"nobody" is not a contact in content/facts/facts.yaml']]],
    ['an unknown related flow', (t) => t.yaml('flows/clinic.yaml', (f) => (f.related = ['nowhere'])), [[FLOW, 'related[0]', 'flow-exists', '"nowhere" is not a flow']]],
    ['an unknown recommended flow in an outcome', (t) => t.yaml('flows/clinic.yaml', (f) => (f.nodes[3].recommend[0].flow = 'nowhere')), [[FLOW, 'nodes[3].recommend[0].flow', 'flow-exists', '"nowhere" is not a flow']]],
    ['a glossary term for an unknown flow', (t) => t.yaml('search/search.yaml', (s) => (s.glossary[0].flow = 'nowhere')), [['content/search/search.yaml', 'glossary[0].flow', 'flow-exists', '"nowhere" is not a flow']]],
    ['search words for an unknown flow', (t) => t.yaml('search/search.yaml', (s) => (s.words.nowhere = { es: ['algo'], en: ['thing'] })), [['content/search/search.yaml', 'words.nowhere', 'flow-exists', '"nowhere" is not a flow']]],
    // The result's "This is based on" line shows the outcome's own sources, so they must hold every item's.
    [
      'a step citing sources its outcome does not list',
      (t) => t.yaml('flows/clinic.yaml', (f) => (f.nodes[3].steps[0].sources = ['S1', 'S2', 'P2', 'S2'])),
      [[FLOW, 'nodes[3].steps[0].sources', 'outcome-cites-items', 'step "book" cites S2, P2, which outcome "go-insured" does not list in its sources (nodes[3].sources): add them there']],
    ],
    ['a bring item citing a source its outcome does not list', (t) => t.yaml('flows/clinic.yaml', (f) => (f.nodes[3].bring[0].sources = ['P3'])), [[FLOW, 'nodes[3].bring[0].sources', 'outcome-cites-items', 'bring item "card" cites P3, which outcome "go-insured" does not list in its sources (nodes[3].sources): add it there']]],
    ['an outcome dropping a paragraph its "good to know" item cites', (t) => t.yaml('flows/clinic.yaml', (f) => (f.nodes[4].sources = ['S2'])), [[FLOW, 'nodes[4].rights[0].sources', 'outcome-cites-items', '"good to know" item "free" cites P2, which outcome "go-free" does not list']]],
    ['an icon Icon.tsx does not draw', (t) => t.yaml('flows/clinic.yaml', (f) => (f.icon = 'rocket')), [[FLOW, 'icon', 'icon', '"rocket" is not one of compass, ']]],
  ])('%s', (_name, breakIt, expected) => {
    expectProblems(problemsAfter(breakIt), expected);
  });
});

describe('reporting', () => {
  it('formatProblem names the file, the key path and the rule', () => {
    const problem = { file: 'content/flows/x.yaml', path: 'nodes[2].options[0].next', rule: 'target-exists', message: '"y" is not a node of this flow' };
    expect(formatProblem(problem)).toBe('content/flows/x.yaml: nodes[2].options[0].next: [target-exists] "y" is not a node of this flow');
    expect(formatProblem({ ...problem, path: '', rule: 'json' })).toBe('content/flows/x.yaml: (root): [json] "y" is not a node of this flow');
  });

  it('buildContent throws a ContentError listing every problem, formatted', () => {
    const { root, tree } = copyValid();
    try {
      tree.yaml('flows/clinic.yaml', (f) => (f.nodes[0].options[1].next = 'nowhere'));
      tree.yaml('flows/clinic.yaml', (f) => (f.icon = 'rocket'));
      let error: unknown;
      try {
        buildContent(tree.dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
      const { problems, message } = error as ContentError;
      expect(problems.map((p) => p.rule)).toEqual(['target-exists', 'icon']);
      expect(message).toContain('Content check failed with 2 problem(s)');
      expect(message).toContain('content/flows/clinic.yaml: nodes[0].options[1].next: [target-exists] "nowhere" is not a node of this flow');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
