/**
 * The disability-certificate flow, scenario by scenario (as GOV.UK smart-answers tests its flows):
 * the answers a person gives, as written in the URL, the outcome they reach and a fact they read there.
 */
import { describe, expect, it } from 'vitest';
import { buildContent, CONTENT_DIR } from '../../src/content/build';
import { decodeAnswers, resolveStep, walk } from '../../src/engine';
import { flatten } from '../../src/content/keys';

const content = buildContent(CONTENT_DIR);
const flow = content.flows.find((f) => f.id === 'disability-certificate')!;

/** Every text of an outcome, in es and en. */
const outcomeText = (id: string) =>
  ['es', 'en'].flatMap((lang) => [...flatten((content.texts[lang]?.[flow.id] as { nodes?: Record<string, unknown> })?.nodes?.[id]).values()].map(String));

const scenarios: { name: string; answers: string; outcome: string; fact: string }[] = [
  { name: 'certificate and registered: use the benefits', answers: 'has-certificate:yes,registered:yes', outcome: 'use-benefits', fact: 'Ya puedes usar los beneficios de tu certificado' },
  { name: 'certificate, not registered', answers: 'has-certificate:yes,registered:no', outcome: 'register-conadis', fact: 'Now join the CONADIS register' },
  { name: 'certificate, not sure if registered', answers: 'has-certificate:yes,registered:not-sure', outcome: 'register-conadis', fact: 'Ahora inscríbete en el registro de CONADIS' },
  { name: 'DNI and insured', answers: 'has-certificate:no,document:dni,insured:yes', outcome: 'get-certificate', fact: 'Yes, you can get the disability certificate for free' },
  { name: 'a parent asking for a child with a cédula, uninsured: take the child\'s document', answers: 'has-certificate:no,document:cedula,insured:no', outcome: 'get-certificate-uninsured', fact: 'Si el certificado es para tu hija o tu hijo' },
  { name: 'foreigner card and insured', answers: 'has-certificate:no,document:carne,insured:yes', outcome: 'get-certificate', fact: 'Choose one that fits your health insurance' },
  { name: 'passport, uninsured', answers: 'has-certificate:no,document:passport,insured:no', outcome: 'get-certificate-uninsured', fact: 'With no insurance, ask where they can check you' },
  { name: 'cédula, not sure about insurance', answers: 'has-certificate:no,document:cedula,insured:not-sure', outcome: 'get-certificate-uninsured', fact: 'También puedes preguntar por un seguro de salud temporal' },
  { name: 'only CPP or PTP, even insured', answers: 'has-certificate:no,document:cpp-ptp,insured:yes', outcome: 'check-document', fact: 'First ask whether they accept your document' },
  { name: 'no document, uninsured', answers: 'has-certificate:no,document:none,insured:no', outcome: 'check-document', fact: 'Pregunta primero si aceptan tu documento' },
];

describe('disability-certificate scenarios', () => {
  it.each(scenarios)('$name → $outcome', ({ answers, outcome, fact }) => {
    const decoded = decodeAnswers(flow, answers);
    expect(decoded.ok).toBe(true);
    expect(walk(flow, decoded.answers).outcome?.id).toBe(outcome);
    const screen = resolveStep(flow, outcome, decoded.answers);
    expect(screen).toEqual({ screen: expect.objectContaining({ kind: 'outcome', direct: false }), moved: undefined });
    expect(outcomeText(outcome).some((t) => t.includes(fact)), `"${fact}" in the text of ${outcome}`).toBe(true);
  });

  it('covers every outcome of the flow', () => {
    const outcomes = flow.nodes.filter((n) => n.type === 'outcome').map((n) => n.id);
    expect(new Set(scenarios.map((s) => s.outcome))).toEqual(new Set(outcomes));
  });

  it('tells a person who has not answered everything to go on, not an outcome', () => {
    expect(walk(flow, decodeAnswers(flow, 'has-certificate:no,document:dni').answers).question?.id).toBe('insured');
  });
});
