/** The system Chromium and the flags that work on this machine (no background traffic). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A fresh user-data dir, and a function that removes it. */
export function freshProfile(name) {
  const dir = mkdtempSync(join(tmpdir(), `rumbo-bench-${name}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** True for URLs that stay on this machine (data: and blob: never leave it). */
export function isLocal(url) {
  try {
    const u = new URL(url);
    if (['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:'].includes(u.protocol)) return true;
    return ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  } catch {
    return true;
  }
}

/** Rejects after ms with a message, so that nothing in the bench can hang. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
