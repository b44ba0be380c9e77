/** axe with the WCAG 2.x A/AA tags, and measurements axe does not make: target sizes, borders, reflow. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

export function axeReport(violations: Violations): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n')}`)
    .join('\n');
}

/**
 * Runs axe (all WCAG A/AA rules, or only `rules`; on the whole page or only `include`) and returns
 * the ids of what it found, with a report. Legacy mode: no extra page to merge frame results (the
 * app has no iframes), about twice as fast, same rules.
 */
export async function axe(page: Page, rules?: string[], include?: string): Promise<{ ids: string[]; report: string }> {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  builder = rules ? builder.withRules(rules) : builder.withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return { ids: violations.map((v) => v.id), report: axeReport(violations) };
}

export interface TargetProblem {
  target: string;
  size: string;
  need: string;
}

/**
 * Pointer targets that are too small, measured in the page (pass to page.evaluate).
 *
 * The rule (WCAG 2.5.8 and this project's stricter 44x44 goal):
 * - every link, button, form field, summary and focusable element must be at least 44x44 CSS px;
 *   a radio or checkbox is measured by its <label>, which is what a finger actually presses;
 * - EXCEPT inline links: WCAG 2.5.8 exempts a target "in a sentence", whose size is set by the
 *   line-height of the text around it. An <a> is inline when, climbing from its parent through
 *   phrasing wrappers (span, strong, em, b, i, small) up to the first p/li/dd/td/label, one of those
 *   elements has a direct text node with a letter or digit that is not the link's own text: the
 *   link sits in running text. A link that is alone in its paragraph or list item (a list of
 *   links, a URL on its own line, a search hit) is NOT inline and needs 44x44.
 * - source citations (links inside .source-refs, "P30", "S31") are inline but, being short and
 *   close together, must still meet 2.5.8's minimum: 24x24, or a 24 px circle centred on each
 *   must not touch another target or another undersized citation's circle.
 * Hidden, clipped (1x1 visually-hidden) and the not-yet-focused skip link are not targets.
 */
export function auditTargets(): TargetProblem[] {
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  const phrasing = new Set(['SPAN', 'STRONG', 'EM', 'B', 'I', 'SMALL']);
  const blocks = new Set(['P', 'LI', 'DD', 'TD', 'LABEL']);
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().replace(/\s+/g, '.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const hasOwnWords = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]/u.test(n.textContent ?? ''));
  const isInline = (a: Element) => {
    if (a.tagName !== 'A') return false;
    for (let el = a.parentElement; el; el = el.parentElement) {
      if (hasOwnWords(el)) return true;
      if (blocks.has(el.tagName) || !phrasing.has(el.tagName)) return false;
    }
    return false;
  };
  const targets = [...document.querySelectorAll(selector)].flatMap((el) => {
    const style = getComputedStyle(el);
    if (el.classList.contains('skip-link') || style.visibility === 'hidden' || el.getClientRects().length === 0) return [];
    const box = ((el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox') && el.closest('label') ? el.closest('label')! : el;
    const r = box.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1) return [];
    return [{ el, r, inline: isInline(el), citation: !!el.closest('.source-refs') }];
  });
  const small = (r: DOMRect, min: number) => r.width < min - 0.5 || r.height < min - 0.5;
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const distance = (p: { x: number; y: number }, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
  const problems: TargetProblem[] = [];
  for (const t of targets) {
    const size = `${Math.round(t.r.width)}x${Math.round(t.r.height)}`;
    if (t.citation) {
      if (!small(t.r, 24)) continue;
      const c = centre(t.r);
      const crowded = targets.some((o) => o !== t && (distance(c, o.r) < 12 || (o.citation && small(o.r, 24) && Math.hypot(c.x - centre(o.r).x, c.y - centre(o.r).y) < 24)));
      if (crowded) problems.push({ target: name(t.el), size, need: '24x24 or 24 px spacing (citation)' });
    } else if (!t.inline && small(t.r, 44)) {
      problems.push({ target: name(t.el), size, need: '44x44' });
    }
  }
  return problems;
}

/** Buttons (and links styled as buttons) whose border is missing on some side: invisible as buttons in forced colors. */
export function borderlessButtons(): string[] {
  return [...document.querySelectorAll('button, a.button, input[type="submit"]')].flatMap((el) => {
    if (el.getClientRects().length === 0) return [];
    const s = getComputedStyle(el);
    const visible = ['top', 'right', 'bottom', 'left'].every((d) => parseFloat(s.getPropertyValue(`border-${d}-width`)) >= 1 && !['none', 'hidden'].includes(s.getPropertyValue(`border-${d}-style`)));
    return visible ? [] : [`${el.tagName.toLowerCase()}.${String(el.className).trim().replace(/\s+/g, '.')} "${(el.textContent ?? '').trim().slice(0, 40)}" border ${s.borderWidth} ${s.borderStyle}`];
  });
}

/** How far the page scrolls sideways, and the widest elements that stick out (to name the culprit). */
export function overflow(): { scrollWidth: number; width: number; culprits: string[] } {
  const width = document.documentElement.clientWidth;
  const culprits = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5)
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).trim()} right=${Math.round(el.getBoundingClientRect().right)} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
  return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
}
