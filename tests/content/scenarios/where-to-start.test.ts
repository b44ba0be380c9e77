/**
 * "Where do I start?": named scenarios for its routing. Each gives a situation and needs, and the
 * ordered list of services the person must see (urgent help first when safety is at stake).
 */
import { describe, it, expect } from 'vitest';
import { content, flowOf, runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  {
    name: 'a Venezuelan woman with an expired CPP whose partner beats her, who also needs papers',
    answers: { situation: ['foreigner'], document: ['permit-expired'], needs: ['safety', 'papers'], danger: ['partner-family'] },
    outcome: 'for-foreigner',
    fact: 'empieza por el primero',
    questions: ['situation', 'document', 'needs', 'danger'],
    recommends: ['violence-women', 'residency', 'expulsion', 'support-centre'],
    urgent: true,
  },
  {
    name: 'a man threatened in the street: urgent help, and no women’s-violence guide',
    answers: { situation: ['foreigner'], document: ['carne'], needs: ['safety'], danger: ['other'] },
    outcome: 'for-foreigner',
    fact: 'lo más urgente',
    recommends: ['support-centre'],
    urgent: true,
  },
  {
    name: 'a worker kept by an employer who also asked about work',
    answers: { situation: ['foreigner'], document: ['none'], needs: ['safety', 'work'], danger: ['work'] },
    outcome: 'for-foreigner',
    fact: 'lo más urgente',
    recommends: ['work-rights', 'residency', 'expulsion', 'support-centre'],
    urgent: true,
  },
  {
    name: 'a 16-year-old in danger answering for himself',
    answers: { situation: ['foreigner'], document: ['passport'], needs: ['safety'], danger: ['child'] },
    outcome: 'for-foreigner',
    fact: 'lo más urgente',
    recommends: ['children', 'residency', 'support-centre'],
    urgent: true,
  },
  {
    name: 'a foreigner with a foreigner’s card who wants a bank account and has a disability',
    answers: { situation: ['foreigner'], document: ['carne'], needs: ['disability', 'money'] },
    outcome: 'for-foreigner',
    fact: 'empieza por el primero',
    questions: ['situation', 'document', 'needs'],
    recommends: ['disability-certificate', 'financial-inclusion', 'support-centre'],
    urgent: false,
  },
  {
    name: 'a person with no document who is not sure what they need: their papers, then the expulsion guide',
    answers: { situation: ['foreigner'], document: ['none'], needs: ['other'] },
    outcome: 'for-foreigner',
    fact: 'empieza por el primero',
    recommends: ['residency', 'expulsion', 'support-centre'],
    urgent: false,
  },
  {
    name: 'an asylum seeker who needs mental health support and work: what they asked for comes first',
    answers: { situation: ['foreigner'], document: ['asylum-card'], needs: ['mental', 'work'] },
    outcome: 'for-foreigner',
    fact: 'empieza por el primero',
    recommends: ['mental-health', 'work-rights', 'asylum', 'support-centre'],
    urgent: false,
  },
  {
    name: 'a parent worried about a child who faced racism',
    answers: { situation: ['foreigner'], document: ['permit'], needs: ['children', 'discrimination'] },
    outcome: 'for-foreigner',
    fact: 'empieza por el primero',
    recommends: ['children', 'discrimination', 'residency', 'support-centre'],
    urgent: false,
  },
  {
    name: 'a person with only a passport who needs health care and wants asylum',
    answers: { situation: ['foreigner'], document: ['passport'], needs: ['health', 'asylum'] },
    outcome: 'for-foreigner',
    fact: 'empieza por el primero',
    recommends: ['health-cover', 'asylum', 'residency', 'support-centre'],
    urgent: false,
  },
  {
    name: 'a returning Peruvian in danger from her family who also needs work',
    answers: { situation: ['returning'], 'returning-needs': ['safety', 'work'], danger: ['partner-family'] },
    outcome: 'for-returning',
    fact: 'empieza por el primero',
    questions: ['situation', 'returning-needs', 'danger'],
    recommends: ['violence-women', 'work-rights', 'returning-peruvians', 'support-centre'],
    urgent: true,
  },
  {
    name: 'a returning Peruvian asking about benefits, health, mental health and disability',
    answers: { situation: ['returning'], 'returning-needs': ['benefits', 'health', 'mental', 'disability'] },
    outcome: 'for-returning',
    fact: 'empieza por el primero',
    questions: ['situation', 'returning-needs'],
    recommends: ['returning-peruvians', 'health-cover', 'mental-health', 'disability-certificate', 'support-centre'],
    urgent: false,
  },
  {
    name: 'a Venezuelan expelled from Peru who lives abroad and thinks of coming back',
    answers: { situation: ['foreigner-abroad'] },
    outcome: 'for-foreigner-abroad',
    fact: 'qué necesitas para entrar',
    recommends: ['expulsion'],
    urgent: false,
  },
  {
    name: 'a Peruvian living abroad',
    answers: { situation: ['abroad'] },
    outcome: 'for-abroad',
    fact: 'peruanos que viven fuera del Perú',
    recommends: ['peruvians-abroad', 'returning-peruvians'],
    urgent: false,
  },
];

runScenarios('where-to-start', scenarios);

describe('where-to-start routing', () => {
  it('routes to every other flow for some answers', () => {
    const flow = flowOf('where-to-start');
    const reachable = new Set(flow.nodes.flatMap((n) => (n.type === 'outcome' ? (n.recommend ?? []).map((r) => r.flow) : [])));
    const others = content.flows.map((f) => f.id).filter((id) => id !== 'where-to-start');
    expect([...others].filter((id) => !reachable.has(id))).toEqual([]);
  });
});
