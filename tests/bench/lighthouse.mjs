/**
 * Lighthouse 12.2.3, mobile with its default simulated throttling, against the system Chromium
 * (chrome-launcher, fresh profile). Each page gets RUNS runs, taken in turns across the pages, and
 * each figure (every category's score, FCP, LCP, TBT, CLS) is the median of its runs, as Lighthouse
 * advises on a machine whose speed varies; every run's score, LCP and TBT are kept too. A run that
 * hangs is cut off and Chromium is restarted; a page whose runs all fail is reported as failed.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, FLAGS, freshProfile, isLocal, withTimeout } from './chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUN_TIMEOUT = 120_000;
/** Runs per page (BENCH_LIGHTHOUSE_RUNS to change). */
export const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 3);

const profiles = new Set();

async function launch() {
  const profile = freshProfile('lighthouse');
  profiles.add(profile);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: FLAGS,
    userDataDir: profile.dir,
    logLevel: 'silent',
    handleSIGINT: false, // run.mjs stops everything it started (stopChrome below)
  });
  return {
    port: chrome.port,
    close: async () => {
      try {
        await chrome.kill();
      } finally {
        profile.remove();
        profiles.delete(profile);
      }
    },
  };
}

/** Kills any Chromium still running from this module (for an interrupted bench). */
export function stopChrome() {
  chromeLauncher.killAll();
  for (const profile of profiles) profile.remove();
}

/** Audits that cost points in a scored category (id and score), to say why a score is below 100. */
function lostPoints(lhr) {
  const lost = new Set();
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) lost.add(`${ref.id} ${audit.score}`);
    }
  }
  return [...lost];
}

/** The LCP element as Lighthouse saw it (the first node in the audit's details). */
function lcpElement(lhr) {
  const find = (v) => (v && typeof v === 'object' ? (v.type === 'node' ? v : Object.values(v).map(find).find(Boolean)) : undefined);
  const node = find(lhr.audits['largest-contentful-paint-element']?.details);
  return node ? `${node.selector ?? ''} ${node.snippet ?? ''}`.trim() : null;
}

function summarize(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)])),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    lcpElement: lcpElement(lhr),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    lostPoints: lostPoints(lhr),
    auditErrors: Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => `${a.id}: ${a.errorMessage?.slice(0, 120)}`),
    requests: requests.length,
    foreignRequests: requests.map((r) => r.url).filter((u) => !isLocal(u)),
    runtimeError: lhr.runtimeError?.message ?? null,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
  };
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2 : null;
};

/** The runs' summaries in one: each figure the median of the runs; the rest from the run of median score. */
function combine(summaries) {
  const byScore = [...summaries].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const middle = byScore[Math.floor((byScore.length - 1) / 2)];
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(summaries.map((x) => x.scores[c]))]));
  const figures = Object.fromEntries(['fcp', 'lcp', 'tbt', 'cls'].map((k) => [k, median(summaries.map((x) => x[k]))]));
  return { ...middle, scores, ...figures, foreignRequests: [...new Set(summaries.flatMap((x) => x.foreignRequests))] };
}

/** One run's figures, to show the spread beside the median run. */
const brief = (lhr) => ({
  performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
  lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
  tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
});

/**
 * Runs Lighthouse RUNS times on each page ({ name, url }), the pages in turns (so a slow moment of
 * the machine does not fall on one page only); returns, per page, { name, url, runs, ...summary of
 * the median run } or { name, url, error }.
 */
export async function runLighthouse(pages, log = () => {}) {
  const lhrs = new Map(pages.map((p) => [p.name, []]));
  const errors = new Map(pages.map((p) => [p.name, []]));
  const seconds = new Map(pages.map((p) => [p.name, 0]));
  let chrome = await launch();
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const page of pages) {
        log(`lighthouse ${page.name} (run ${run} of ${RUNS}): ${page.url}`);
        const started = Date.now();
        try {
          const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
          const result = await withTimeout(lighthouse(page.url, flags), RUN_TIMEOUT, `Lighthouse on ${page.url}`);
          if (!result?.lhr) throw new Error('Lighthouse returned no result');
          if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
          lhrs.get(page.name).push(result.lhr);
        } catch (error) {
          errors.get(page.name).push(error.message);
          await chrome.close().catch(() => {});
          chrome = await launch();
        }
        seconds.set(page.name, seconds.get(page.name) + (Date.now() - started) / 1000);
      }
    }
  } finally {
    await chrome.close().catch(() => {});
  }
  return pages.map((page) => {
    const runs = lhrs.get(page.name);
    if (!runs.length) return { ...page, error: errors.get(page.name).join('; ') };
    return {
      ...page,
      seconds: Math.round(seconds.get(page.name)),
      runs: runs.map(brief),
      failedRuns: errors.get(page.name),
      ...combine(runs.map(summarize)),
    };
  });
}
