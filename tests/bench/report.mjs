/**
 * The budgets, and one table with every figure beside its budget. 1 kB = 1000 bytes; gz = gzip
 * level 9, br = brotli quality 11. A row without a budget is shown for information only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CATEGORIES } from './lighthouse.mjs';

export const BUDGETS = {
  firstRenderGzip: 14_000,
  firstInteractionJsGzip: 38_000, // docs/adr/0004-first-interaction-budget.md
  offlineAppGzip: 320_000, // docs/adr/0007-offline-budget.md
  lighthouseScore: 100,
  lcpOverBare: 1.15,
  continueMs: 50,
};

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const sizes = (s) => `${kB(s.raw)} raw · ${kB(s.gzip)} gz · ${kB(s.brotli)} br`;
const ms = (n) => (n == null ? 'n/a' : `${Math.round(n)} ms`);

/** A row: what, its value, its budget and whether it passed (pass: true/false, or null for no budget). */
const row = (section, what, value, budget = '', pass = null) => ({ section, what, value, budget, pass });

function sizeRows(s) {
  if (s.error) return [row('size', 'sizes', `error: ${s.error}`, 'measurable', false)];
  const gz = (limit) => `≤ ${kB(limit)} gz`;
  return [
    ...s.firstRender.map((r) => row('size', `first render ${r.route} (HTML + CSS)`, sizes(r), gz(BUDGETS.firstRenderGzip), r.gzip <= BUDGETS.firstRenderGzip)),
    ...s.js.map((r) => row('size', `JS first interaction, ${r.page} (${r.files.length} files)`, sizes(r), gz(BUDGETS.firstInteractionJsGzip), r.gzip <= BUDGETS.firstInteractionJsGzip)),
    row('size', `offline app (${s.offline.entries} precache entries, es + en)`, sizes(s.offline), gz(BUDGETS.offlineAppGzip), s.offline.gzip <= BUDGETS.offlineAppGzip),
    ...s.largest.map((c, i) => row('size', `largest chunk ${i + 1}: ${c.file}`, sizes(c))),
  ];
}

/** ` (runs a, b, c)`: every run's value beside the median run's, when there were several. */
const spread = (r, key) => (r.runs?.length > 1 ? ` (runs: ${r.runs.map((x) => x[key]).join(', ')})` : '');

function lighthouseRows(results) {
  const bare = results.find((r) => r.name === 'bare');
  const floor = bare && !bare.error ? bare.lcp : null;
  const rows = [];
  for (const r of results) {
    const isBare = r.name.startsWith('bare'); // the floors: for reference, no budget
    const label = `${r.name}`;
    if (r.error) {
      rows.push(row('lighthouse', `${label}: run`, `error: ${r.error}`, 'completes', false));
      continue;
    }
    for (const c of CATEGORIES) {
      const score = r.scores[c];
      const value = String(score) + (c === 'performance' ? spread(r, 'performance') : '');
      rows.push(isBare ? row('lighthouse', `${label}: ${c}`, value) : row('lighthouse', `${label}: ${c}`, value, `= ${BUDGETS.lighthouseScore}`, score === BUDGETS.lighthouseScore));
    }
    rows.push(row('lighthouse', `${label}: FCP`, ms(r.fcp)));
    const lcpBudget = floor == null ? null : floor * BUDGETS.lcpOverBare;
    rows.push(
      isBare
        ? row('lighthouse', `${label}: LCP (${r.name === 'bare' ? 'the floor' : 'the floor for a page that runs a script'})`, ms(r.lcp) + spread(r, 'lcp'))
        : row('lighthouse', `${label}: LCP`, ms(r.lcp) + spread(r, 'lcp'), lcpBudget == null ? 'bare LCP + 15% (no bare run)' : `≤ ${ms(lcpBudget)} (bare + 15%)`, lcpBudget != null && r.lcp <= lcpBudget),
    );
    rows.push(row('lighthouse', `${label}: TBT`, ms(r.tbt) + spread(r, 'tbt')));
    rows.push(row('lighthouse', `${label}: CLS`, r.cls == null ? 'n/a' : r.cls.toFixed(3)));
  }
  return rows;
}

function timingRows(t) {
  if (t.error) return [row('timing', 'timing', `error: ${t.error}`, 'measurable', false)];
  const rows = [];
  const modes = { online: 'online', slow: `slow network (${t.network?.latency} ms, 1.6 Mbps)`, offline: 'offline' };
  for (const [mode, label] of Object.entries(modes)) {
    const m = t[mode];
    if (!m) continue;
    const note = m.errors.length ? ` (${m.errors.length} runs failed)` : '';
    rows.push(row('timing', `${label}: navigation → first question (median of ${t.runsEach})`, ms(m.firstQuestion) + note));
    rows.push(row('timing', `${label}: navigation → app started, answers taps (median of ${t.runsEach})`, ms(m.started) + note));
    // The Continue budget is for localhost online and offline; over the slow network the time is shown without it.
    const next = `${label}: Continue → next question h1 (median of ${t.runsEach})`;
    if (mode === 'slow') rows.push(row('timing', next, ms(m.next) + note));
    else rows.push(row('timing', next, ms(m.next) + note, `< ${BUDGETS.continueMs} ms`, m.next != null && m.next < BUDGETS.continueMs));
  }
  if (t.offline.networkOff === false) rows.push(row('timing', 'offline: the network was really off', 'no', 'yes', false));
  return rows;
}

function noForeignRequests(lh, t) {
  const foreign = [...(Array.isArray(lh) ? lh.flatMap((r) => r.foreignRequests ?? []) : []), ...(t.foreignRequests ?? [])];
  return row('network', 'requests outside localhost (Lighthouse + timing)', String(foreign.length), '= 0', foreign.length === 0);
}

function auditRow(a) {
  if (!a || a.error) return row('security', 'npm audit --omit=dev', `not measured: ${a?.error ?? 'did not run'}`, '0 vulnerabilities', 'unknown');
  return row('security', 'npm audit --omit=dev', `${a.total} vulnerabilities`, '0 vulnerabilities', a.total === 0);
}

export function buildRows({ sizes: s, lighthouse: lh, timing: t, audit }) {
  const lhRows = Array.isArray(lh) ? lighthouseRows(lh) : [row('lighthouse', 'lighthouse', `error: ${lh.error}`, 'completes', false)];
  return [...sizeRows(s), ...lhRows, ...timingRows(t), noForeignRequests(lh, t), auditRow(audit)];
}

/** Prints the table; returns the summary { passed, failed }. */
export function printTable(rows, print = console.log) {
  const cols = ['what', 'value', 'budget', 'result'];
  const cells = rows.map((r) => ({ ...r, what: `${r.section} · ${r.what}`, result: r.pass === null ? '' : r.pass === 'unknown' ? 'UNKNOWN' : r.pass ? 'PASS' : 'FAIL' }));
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...cells.map((r) => String(r[c]).length))]));
  const line = (r) => cols.map((c) => String(r[c]).padEnd(width[c])).join(' | ').trimEnd();
  print(line(Object.fromEntries(cols.map((c) => [c, c.toUpperCase()]))));
  print(cols.map((c) => '-'.repeat(width[c])).join('-|-'));
  for (const r of cells) print(line(r));
  const passed = rows.filter((r) => r.pass === true).length;
  const failed = rows.filter((r) => r.pass === false).length;
  const unknown = rows.filter((r) => r.pass === 'unknown').length;
  return { passed, failed, unknown };
}

export function writeJson(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}
