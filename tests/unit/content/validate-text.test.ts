/** The content check on text: every key in every language, none empty or extra, same placeholders, plurals. */
import { describe, expect, it } from 'vitest';
import { checkNamespace } from '../../../src/content/validate-text';
import { expectProblems, problemsAfter, text, type Expected, type Tree } from '../../fixtures/content/tree';

type Case = [name: string, breakIt: (t: Tree) => void, expected: Expected[]];
const EN = text('en', 'clinic');
const ES = text('es', 'clinic');

describe('text in every language', () => {
  it.each<Case>([
    ['an English question removed', (t) => t.json('locales/en/clinic.json', (j) => delete j.nodes.insured.question), [[EN, 'nodes.insured.question', 'missing-text', 'no en text for "nodes.insured.question"']]],
    [
      'a hint added to the flow but not written',
      (t) => t.yaml('flows/clinic.yaml', (f) => (f.nodes[0].hint = true)),
      [
        [EN, 'nodes.insured.hint', 'missing-text', 'no en text for "nodes.insured.hint"'],
        [ES, 'nodes.insured.hint', 'missing-text', 'no es text for "nodes.insured.hint"'],
      ],
    ],
    [
      'a heading of its own for what to bring, not written',
      (t) => t.yaml('flows/clinic.yaml', (f) => (f.nodes.find((n: { bring?: unknown }) => n.bring).bringTitle = true)),
      [
        [EN, 'nodes.go-insured.bringTitle', 'missing-text', 'no en text for "nodes.go-insured.bringTitle"'],
        [ES, 'nodes.go-insured.bringTitle', 'missing-text', 'no es text for "nodes.go-insured.bringTitle"'],
      ],
    ],
    ['a Spanish common text removed', (t) => t.json('locales/es/common.json', (j) => delete j.nav.home), [[text('es', 'common'), 'nav.home', 'missing-text', 'no es text for "nav.home"']]],
    ['the caveat of a partly confirmed contact removed', (t) => t.json('locales/es/facts.json', (j) => delete j.contacts.office.caveat), [[text('es', 'facts'), 'contacts.office.caveat', 'missing-text', 'no es text for "contacts.office.caveat"']]],
    ['an empty Spanish title', (t) => t.json('locales/es/clinic.json', (j) => (j.title = '  ')), [[ES, 'title', 'empty-text', 'must not be empty']]],
    ['an option the flow does not have', (t) => t.json('locales/en/clinic.json', (j) => (j.nodes.insured.options.maybe = 'Maybe')), [[EN, 'nodes.insured.options.maybe', 'extra-text', '"nodes.insured.options.maybe" is not used by the content']]],
    ['a common text only Spanish has', (t) => t.json('locales/es/common.json', (j) => (j.nav.back = 'Atrás')), [[text('es', 'common'), 'nav.back', 'extra-text', '"nav.back" is not used']]],
    ['a namespace no flow uses', (t) => t.write('locales/es/old-flow.json', '{ "title": "Antiguo" }'), [[text('es', 'old-flow'), '', 'extra-text', 'no flow "old-flow" uses this namespace']]],
    ['a number where text belongs', (t) => t.json('locales/en/clinic.json', (j) => (j.title = 42)), [[EN, 'title', 'text-type', 'must be a string']]],
    ['a list where text belongs', (t) => t.json('locales/es/facts.json', (j) => (j.contacts.helpline.who = ['a', 'b'])), [[text('es', 'facts'), 'contacts.helpline.who', 'text-type', 'must be a string']]],
    ['a translated placeholder name', (t) => t.json('locales/es/common.json', (j) => (j.contact.call = 'Llamar al {{numero}}')), [[text('es', 'common'), 'contact.call', 'placeholders', 'uses {{numero}} but en uses {{number}}']]],
    ['a Spanish plural without _many', (t) => t.json('locales/es/common.json', (j) => delete j.flow.atMost_many), [[text('es', 'common'), 'flow.atMost_many', 'plural-forms', 'es plural "flow.atMost" needs the "_many" form']]],
    ['an English plural without _one', (t) => t.json('locales/en/common.json', (j) => delete j.flow.atMost_one), [[text('en', 'common'), 'flow.atMost_one', 'plural-forms', 'en plural "flow.atMost" needs the "_one" form']]],
    ['a flow without its English file', (t) => t.remove('locales/en/clinic.json'), [[EN, '', 'missing-file', 'the namespace "clinic" has no en file']]],
    ['the Spanish facts file removed', (t) => t.remove('locales/es/facts.json'), [[text('es', 'facts'), '', 'missing-file', 'the namespace "facts" has no es file']]],
  ])('%s', (_name, breakIt, expected) => {
    expectProblems(problemsAfter(breakIt), expected);
  });

  it('a missing file is one problem, not one per text it should hold', () => {
    expect(problemsAfter((t) => t.remove('locales/en/clinic.json')).filter((p) => p.file === EN).map((p) => p.rule)).toEqual(['missing-file']);
  });
});

describe('checkNamespace', () => {
  const files = (en: unknown, es: unknown) => ({ en: { file: 'en.json', json: en }, es: { file: 'es.json', json: es } });

  it('takes the first language as the reference when no keys are required', () => {
    expect(checkNamespace('ns', files({ a: 'A' }, { a: 'A' }), ['en', 'es'])).toEqual([]);
    expect(checkNamespace('ns', files({ a: 'A', b: 'B' }, { a: 'A' }), ['en', 'es'])).toEqual([
      { file: 'es.json', path: 'b', rule: 'missing-text', message: 'no es text for "b"' },
    ]);
  });

  it('compares placeholders with the reference _other form for a plural key only one language has', () => {
    const problems = checkNamespace('ns', files({ n_one: '{{count}} day', n_other: '{{count}} days' }, { n_one: '{{count}} día', n_many: '{{count}} días', n_other: '{{total}} días' }), ['en', 'es']);
    expect(problems).toEqual([{ file: 'es.json', path: 'n_other', rule: 'placeholders', message: 'uses {{total}} but en uses {{count}}' }]);
  });
});
