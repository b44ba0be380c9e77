/**
 * The violence-women flow, scenario by scenario (as GOV.UK smart-answers tests its flows): the
 * answers a person gives, the outcome they reach and a fact they read in its Spanish title or summary.
 * The flow as a whole must stay short and offer a quick exit.
 */
import { describe, expect, it } from 'vitest';
import { maxQuestions } from '../../../src/engine';
import { flowOf, runScenarios, type Scenario } from './run-scenarios';

const scenarios: Scenario[] = [
  { name: 'in danger now: call the police, urgent help first', answers: { danger: ['yes'] }, outcome: 'danger-now', fact: '105', urgent: true },
  { name: 'not in danger, wants to talk: Línea 100', answers: { danger: ['no'], need: ['talk'] }, outcome: 'talk', fact: 'violencia contra las mujeres y dentro de la familia' },
  { name: 'not sure about danger, does not know what she needs: Línea 100', answers: { danger: ['not-sure'], need: ['not-sure'] }, outcome: 'talk', fact: 'es gratis' },
  { name: 'wants help in person: a Centro Emergencia Mujer', answers: { danger: ['no'], need: ['place'] }, outcome: 'cem', fact: 'Centros Emergencia Mujer (CEM)', stepsFact: 'No sabemos si ese cambio se hizo' },
  { name: 'after sexual violence: health care soon', answers: { danger: ['not-sure'], need: ['health'] }, outcome: 'health-after', fact: 'lo antes posible' },
];

runScenarios('violence-women', scenarios);

describe('violence-women as a whole', () => {
  it('asks very few questions and offers a quick exit', () => {
    const flow = flowOf('violence-women');
    expect(maxQuestions(flow)).toBeLessThanOrEqual(2);
    expect(flow.quickExit).toBe(true);
  });
});
