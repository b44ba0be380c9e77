/**
 * `npm run bench`: builds the app into .tmp/bench-dist, measures bytes, Lighthouse and the time a
 * person waits, prints one table (each figure beside its budget) and writes bench-results/bench.json.
 * It is a report: it exits 0 when budgets fail, and 1 only when it could not measure at all.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUNS as LIGHTHOUSE_RUNS, runLighthouse, stopChrome } from './lighthouse.mjs';
import { buildRows, BUDGETS, printTable, writeJson } from './report.mjs';
import { build, outDir, startPreview } from './server.mjs';
import { measureSizes } from './sizes.mjs';
import { measureTiming } from './timing.mjs';
import { auditProduction } from './audit.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FLOW = 'disability-certificate';
const ROUTES = ['/es/', '/es/help/', `/es/flows/${FLOW}/`];
const LIGHTHOUSE_PAGES = [
  { name: 'home', path: '/es/' },
  { name: 'question', path: `/es/flows/${FLOW}/document/?a=has-certificate:no` },
  { name: 'outcome', path: `/es/flows/${FLOW}/get-certificate/?a=has-certificate:no,document:carne,insured:yes` },
  { name: 'bare', path: '/bare.html' },
  { name: 'bare + script', path: '/bare-script.html' },
];

const started = Date.now();
const log = (message) => console.error(`[bench ${Math.round((Date.now() - started) / 1000)}s] ${message}`);
const attempt = async (what, fn) => {
  try {
    return await fn();
  } catch (error) {
    log(`${what} failed: ${error.stack ?? error}`);
    return { error: String(error.message ?? error).split('\n')[0] };
  }
};

let server;
const stopServer = async () => {
  const s = server;
  server = undefined;
  await s?.stop();
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void Promise.allSettled([stopServer(), stopChrome()]).finally(() => process.exit(130)));
}

async function main() {
  const machine = { cpus: cpus().length, loadavgAtStart: loadavg().map((n) => Number(n.toFixed(2))) };
  log(`building into .tmp/bench-dist (load average ${machine.loadavgAtStart.join(' ')})`);
  await build(root);
  const dist = outDir(root);
  const sizes = await attempt('sizes', () => measureSizes(dist, { routes: ROUTES, question: `/es/flows/${FLOW}/document/` }));

  let lighthouse;
  let timing;
  try {
    server = await startPreview(root);
    log(`vite preview on ${server.base}`);
    const pages = LIGHTHOUSE_PAGES.map((p) => ({ name: p.name, url: server.base + p.path }));
    lighthouse = await attempt('lighthouse', () => runLighthouse(pages, log));
    timing = await attempt('timing', () => measureTiming(server.base, log));
  } finally {
    await stopServer();
  }

  const audit = await auditProduction(root);
  const rows = buildRows({ sizes, lighthouse, timing, audit });
  console.log(`\nRumbo bench (${new Date().toISOString()}; kB = 1000 bytes, gz = gzip -9, br = brotli 11; Lighthouse: the median of ${LIGHTHOUSE_RUNS} runs per page; CPU 4x for timing)\n`);
  const { passed, failed, unknown } = printTable(rows);

  const notes = [];
  for (const r of Array.isArray(lighthouse) ? lighthouse : []) {
    if (r.lostPoints?.length) notes.push(`Lighthouse ${r.name} lost points on: ${r.lostPoints.join(', ')}`);
    if (r.lcpElement) notes.push(`Lighthouse ${r.name} LCP element: ${r.lcpElement.slice(0, 140)}`);
    if (r.failedRuns?.length) notes.push(`Lighthouse ${r.name}: ${r.failedRuns.length} of ${LIGHTHOUSE_RUNS} runs failed (${r.failedRuns[0].slice(0, 120)})`);
    if (r.auditErrors?.length) notes.push(`Lighthouse ${r.name} audits that could not run: ${r.auditErrors.map((e) => e.split(':')[0]).join(', ')}`);
  }
  const bench = Array.isArray(lighthouse) ? lighthouse.map((r) => r.benchmarkIndex).filter(Boolean) : [];
  machine.loadavgAtEnd = loadavg().map((n) => Number(n.toFixed(2)));
  notes.push(
    `Machine: ${machine.cpus} cores, load average ${machine.loadavgAtStart[0]} at start, ${machine.loadavgAtEnd[0]} at end` +
      (bench.length ? `; Lighthouse benchmarkIndex ${bench.map((b) => Math.round(b)).join(', ')}` : '') +
      '. Simulated TBT and the CPU-throttled timings grow with the load.',
  );
  console.log(`\n${notes.join('\n')}`);

  const seconds = Math.round((Date.now() - started) / 1000);
  const file = join(root, 'bench-results', 'bench.json');
  writeJson(file, { date: new Date().toISOString(), seconds, machine, budgets: BUDGETS, summary: { passed, failed, unknown }, rows, sizes, lighthouse, timing, audit });
  console.log(`\nWrote bench-results/bench.json in ${seconds} s.`);
  console.log(`Budgets: ${passed} passed, ${failed} failed${unknown ? `, ${unknown} not measured` : ''}`);
}

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(`bench could not run: ${error.stack ?? error}`);
    await stopServer().catch(() => {});
    process.exit(1);
  },
);
