#!/usr/bin/env node
/**
 * Captures the manifest screenshots (public/screenshots/) from the production build.
 * Usage: npm run build && (npm run preview &) && node tests/tools/capture-screenshots.mjs
 */
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const shots = [
  { path: '/es/', file: 'home-narrow.png', viewport: { width: 360, height: 740 }, scale: 2 },
  { path: '/es/help/', file: 'help-narrow.png', viewport: { width: 360, height: 740 }, scale: 2 },
  { path: '/es/', file: 'home-wide.png', viewport: { width: 1280, height: 800 }, scale: 1 },
];
for (const s of shots) {
  const page = await browser.newPage({ viewport: s.viewport, deviceScaleFactor: s.scale, colorScheme: 'light' });
  await page.goto(base + s.path);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `public/screenshots/${s.file}` });
  await page.close();
  console.log('wrote public/screenshots/' + s.file);
}
await browser.close();
