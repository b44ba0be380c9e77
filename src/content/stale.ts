/**
 * Flows whose `reviewed` date is six months old or more: the content check warns about them (it
 * does not fail: the facts may still hold), as the app warns its readers on such a flow's results
 * (src/pages/flow/OutcomeScreen.tsx, the same monthsBetween).
 */
import { monthsBetween } from '../format';
import type { Content } from './validate';

export const STALE_MONTHS = 6;

export interface StaleFlow {
  flow: string;
  file: string;
  reviewed: string;
  months: number;
}

export function staleFlows(content: Pick<Content, 'flows'>, today: Date): StaleFlow[] {
  return content.flows
    .map((f) => ({ flow: f.id, file: `content/flows/${f.id}.yaml`, reviewed: f.reviewed, months: monthsBetween(f.reviewed, today) }))
    .filter((s) => s.months >= STALE_MONTHS)
    .sort((a, b) => b.months - a.months || a.flow.localeCompare(b.flow));
}

export function formatStale(stale: readonly StaleFlow[]): string {
  return stale
    .map((s) => `Warning: ${s.file}: reviewed: [stale-review] the flow "${s.flow}" was last checked against its sources on ${s.reviewed}, ${s.months} months ago: check it again and update the date.`)
    .join('\n');
}
