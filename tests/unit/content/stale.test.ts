/** The content check's warning about flows not reviewed for six months. */
import { describe, expect, it } from 'vitest';
import { formatStale, staleFlows } from '../../../src/content/stale';

const flow = (id: string, reviewed: string) => ({ id, reviewed }) as never;

describe('stale reviews', () => {
  it('warns about a flow reviewed six months ago or more, with its file and date, oldest first', () => {
    const stale = staleFlows({ flows: [flow('fresh', '2026-10-01'), flow('edge', '2026-06-06'), flow('old', '2025-12-01')] }, new Date('2026-12-06T12:00:00Z'));
    expect(stale.map((s) => [s.flow, s.months])).toEqual([
      ['old', 12],
      ['edge', 6],
    ]);
    expect(formatStale(stale)).toContain('content/flows/old.yaml: reviewed: [stale-review] the flow "old" was last checked against its sources on 2025-12-01, 12 months ago');
  });

  it('says nothing a day before six months', () => {
    expect(staleFlows({ flows: [flow('almost', '2026-06-07')] }, new Date('2026-12-06T12:00:00Z'))).toEqual([]);
  });
});
