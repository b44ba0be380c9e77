/** Moving through a page with the keyboard only, as a person would. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Focused {
  id: string;
  tag: string;
  type: string;
  href: string;
  text: string;
  checked: boolean;
  classes: string;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      id: el?.id ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      href: el?.getAttribute('href') ?? '',
      text: el?.textContent?.trim() ?? '',
      checked: (el as HTMLInputElement | null)?.checked ?? false,
      classes: el?.className ?? '',
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, what: string, matches: (f: Focused) => boolean, { back = false, max = 40 } = {}): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (matches(f)) return f;
    seen.push(`${f.tag}#${f.id} ${f.href || f.text.slice(0, 30)}`);
  }
  throw new Error(`Could not reach ${what} with ${back ? 'Shift+Tab' : 'Tab'} on ${page.url()}; focus went through:\n  ${seen.join('\n  ')}`);
}

/** After an in-app navigation, focus must be on the page's h1. */
export async function expectFocusOnH1(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.id === 'page-title', undefined, { timeout: 3_000 }).catch(() => undefined);
  const f = await focused(page);
  expect(f.id, `focus after navigating to ${page.url()} is on ${f.tag}#${f.id} "${f.text.slice(0, 40)}"`).toBe('page-title');
  expect(f.tag).toBe('h1');
}

export const isSubmit = (f: Focused) => f.tag === 'button' && f.type === 'submit';
export const isRadio = (id: string) => (f: Focused) => f.tag === 'input' && f.id === id;
export const hrefHas = (...parts: string[]) => (f: Focused) => f.tag === 'a' && parts.every((p) => f.href.includes(p));
