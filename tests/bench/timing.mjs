/**
 * What a person waits for on a slow phone (CPU 4x slower through CDP): navigation to the first
 * question on screen, navigation to the app started (the page answers taps), and Continue to the
 * next question's h1; online (a new visit each run, over localhost), on a slow mobile network (a new
 * visit each run, with Lighthouse's mobile latency and bandwidth) and offline (service worker in
 * control, network off). Times come from the page's own clock.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, freshProfile, isLocal } from './chromium.mjs';

export const RUNS = 5;
export const QUESTION_URL = '/es/flows/where-to-start/situation/';
const CPU_RATE = 4;
/** Lighthouse's mobile network (150 ms round trip, 1.6 Mbps down, 750 kbps up), applied by Chromium to every request. */
export const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const CONTEXT = { viewport: { width: 360, height: 740 }, locale: 'es-PE' };

/** Installed before any page script: notes when a visible h1 and visible radios are first both there. */
function watchFirstQuestion() {
  const seen = (el) => el && el.getClientRects().length > 0;
  const check = () => {
    if (window.__benchFirstQuestion) return;
    const radio = document.querySelector('input[type="radio"]');
    const h1 = document.querySelector('h1');
    if (radio && h1 && seen(h1) && seen(radio)) window.__benchFirstQuestion = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  // The app has started (src/main.tsx boot: it sets data-text-size on <html>, then draws).
  new MutationObserver((_, observer) => {
    observer.disconnect();
    window.__benchStarted = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-text-size'] });
}

/** Resolves with ms from the Continue click's input event to a new visible h1 (text changed). */
function watchNextQuestion() {
  const before = document.querySelector('h1')?.textContent;
  window.__benchNext = new Promise((resolve) => {
    let clicked = null;
    document.addEventListener('click', (e) => e.target.closest?.('button[type="submit"]') && (clicked ??= e.timeStamp), true);
    new MutationObserver((_, observer) => {
      const h1 = document.querySelector('h1');
      if (clicked === null || !h1 || h1.textContent === before || h1.getClientRects().length === 0) return;
      observer.disconnect();
      resolve(performance.now() - clicked);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** One run on an already throttled page: navigate, wait for the question, choose, Continue. */
async function oneRun(page, url, settle) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__benchFirstQuestion, null, { timeout: 20_000, polling: 100 });
  const firstQuestion = await page.evaluate(() => window.__benchFirstQuestion);
  await page.waitForFunction(() => window.__benchStarted, null, { timeout: 20_000, polling: 100 });
  const started = await page.evaluate(() => window.__benchStarted);
  await settle(page);
  await page.locator('input[type="radio"]').first().check();
  await page.evaluate(watchNextQuestion);
  await page.locator('button[type="submit"]').first().click();
  const next = await page.evaluate(() => window.__benchNext);
  return { firstQuestion, started, next };
}

async function throttle(context, page, network) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return cdp;
}

/** A person reads the question before choosing: let the service worker finish installing first. */
async function swSettled(page) {
  const ready = () => Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 5_000))]);
  await page.evaluate(ready).catch(() => {});
  await page.waitForTimeout(300);
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2 : null;
};

function summarize(runs, extra = {}) {
  const ok = runs.filter((r) => !r.error);
  const errors = runs.filter((r) => r.error).map((r) => r.error);
  return { runs, firstQuestion: median(ok.map((r) => r.firstQuestion)), started: median(ok.map((r) => r.started)), next: median(ok.map((r) => r.next)), errors, ...extra };
}

/** Online: every run is a first visit in a fresh incognito context (over `network` if given). */
async function online(browser, base, foreign, network) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ ...CONTEXT, baseURL: base });
    context.on('request', (r) => !isLocal(r.url()) && foreign.push(r.url()));
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await page.addInitScript(watchFirstQuestion);
      await throttle(context, page, network);
      runs.push(await oneRun(page, QUESTION_URL, swSettled));
    } catch (error) {
      runs.push({ error: error.message.split('\n')[0] });
    } finally {
      await context.close();
    }
  }
  return summarize(runs);
}

/** Offline: one real profile, the service worker in control, then the network off for every run. */
async function offline(base, foreign) {
  const profile = freshProfile('offline');
  const context = await chromium.launchPersistentContext(profile.dir, { executablePath: CHROMIUM, headless: true, args: FLAGS, ...CONTEXT, baseURL: base });
  context.on('request', (r) => !isLocal(r.url()) && foreign.push(r.url()));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20_000);
    await page.addInitScript(watchFirstQuestion);
    await page.goto(QUESTION_URL);
    await page.evaluate(async () => {
      const sw = (await navigator.serviceWorker.ready).active;
      if (sw && sw.state !== 'activated') await new Promise((r) => sw.addEventListener('statechange', () => sw.state === 'activated' && r()));
    });
    await page.reload();
    const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    const cdp = await throttle(context, page);
    await context.setOffline(true);
    let how = 'context.setOffline';
    if (await page.evaluate(() => navigator.onLine)) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      how = 'setOffline + CDP Network.emulateNetworkConditions';
    }
    const probe = () => fetch(`/bare.html?probe=${Date.now()}`, { cache: 'no-store' }).then(() => false, () => true);
    const networkOff = await page.evaluate(probe);
    const navigatorOffline = await page.evaluate(() => !navigator.onLine);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      try {
        runs.push(await oneRun(page, QUESTION_URL, (p) => p.waitForTimeout(300)));
      } catch (error) {
        runs.push({ error: error.message.split('\n')[0] });
      }
    }
    return summarize(runs, { controlled, how, networkOff, navigatorOffline });
  } finally {
    await context.close();
    profile.remove();
  }
}

export async function measureTiming(base, log = () => {}) {
  const foreign = [];
  // Playwright gives launch() a fresh temporary profile of its own (and each context is incognito).
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    log(`timing online: ${RUNS} runs of ${QUESTION_URL}`);
    const on = await online(browser, base, foreign);
    log(`timing on a slow network: ${RUNS} runs of ${QUESTION_URL}`);
    const slow = await online(browser, base, foreign, SLOW_NETWORK);
    log(`timing offline: ${RUNS} runs of ${QUESTION_URL}`);
    const off = await offline(base, foreign);
    return { cpuRate: CPU_RATE, runsEach: RUNS, url: QUESTION_URL, network: SLOW_NETWORK, online: on, slow, offline: off, foreignRequests: foreign };
  } finally {
    await browser.close();
  }
}
