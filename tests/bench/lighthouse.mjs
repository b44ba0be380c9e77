/**
 * Lighthouse 12.2.3, mobile with its default simulated throttling, against the system Chromium
 * (chrome-launcher, fresh profile). Each page gets one run; a run that hangs is cut off, Chromium is
 * restarted and the page is reported as failed.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, FLAGS, freshProfile, isLocal, withTimeout } from './chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUN_TIMEOUT = 120_000;

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

/** Runs Lighthouse on each page ({ name, url }); returns { name, url, ...summary } or { name, url, error }. */
export async function runLighthouse(pages, log = () => {}) {
  const results = [];
  let chrome = await launch();
  try {
    for (const page of pages) {
      log(`lighthouse ${page.name}: ${page.url}`);
      const started = Date.now();
      try {
        const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
        const result = await withTimeout(lighthouse(page.url, flags), RUN_TIMEOUT, `Lighthouse on ${page.url}`);
        if (!result?.lhr) throw new Error('Lighthouse returned no result');
        results.push({ ...page, seconds: Math.round((Date.now() - started) / 1000), ...summarize(result.lhr) });
      } catch (error) {
        results.push({ ...page, error: error.message });
        await chrome.close().catch(() => {});
        chrome = await launch();
      }
    }
  } finally {
    await chrome.close().catch(() => {});
  }
  return results;
}
