/** What the app keeps on the device (localStorage `rumbo.*`, sessionStorage), as a test reads and seeds it. */
import type { Page } from 'playwright-core';

export interface StoredSettings {
  helpDesk: boolean;
  idleMinutes: number;
  bilingual: boolean;
  textSize: 'normal' | 'large' | 'larger';
}
export const DEFAULTS: StoredSettings = { helpDesk: false, idleMinutes: 10, bilingual: false, textSize: 'normal' };

/** A `rumbo.<key>` entry of localStorage, parsed (null when absent). */
export function stored<T = unknown>(page: Page, key: string): Promise<T | null> {
  return page.evaluate((k) => {
    const raw = localStorage.getItem(`rumbo.${k}`);
    return raw === null ? null : JSON.parse(raw);
  }, key);
}

/** Every key of localStorage and sessionStorage. */
export function storageKeys(page: Page): Promise<{ local: string[]; session: string[] }> {
  return page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
}

/**
 * Writes settings into localStorage from a page already on the app's origin; the app reads them at
 * its next load, so navigate (goto) afterwards.
 */
export async function seedSettings(page: Page, settings: Partial<StoredSettings>): Promise<void> {
  await page.evaluate((s) => localStorage.setItem('rumbo.settings', JSON.stringify(s)), { ...DEFAULTS, ...settings });
}

/** Waits until a deferred part of the page (help-desk bar, resume card, install prompt) had its chance to show. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
}

/**
 * Opens a prerendered page and waits until its code has loaded and taken over (before that, a
 * click on a prerendered control does nothing the app would see).
 */
export async function gotoLive(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => document.documentElement.dataset.textSize !== undefined);
  await settle(page);
}
