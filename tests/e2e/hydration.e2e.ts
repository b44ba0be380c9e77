/**
 * When the app starts on a prerendered page, it takes over the HTML already on screen: it adds what
 * only the browser can draw (the reading and sharing tools, a person's own answers), but it does not
 * redraw, move or rewrite the text a person may already be reading. Every text node and element of
 * the prerendered page stays where it was, with the same text, once the app has started and loaded
 * everything the page needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, expectH1, launch, type Session } from './support/browser';
import { LANGS, pageKinds } from './support/content';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});


/** Runs in the page: from the end of parsing (before any script runs), notes what happens to the prerendered nodes. */
function watchPrerendered() {
  const w = window as unknown as { changed: string[] };
  w.changed = [];
  const describe = (n: Node): string => {
    const parent = n.parentElement ?? (n as ChildNode & { __parent?: Element }).__parent;
    const where = parent ? ` in <${parent.tagName.toLowerCase()}${parent.className ? `.${String(parent.className).replace(/ /g, '.')}` : ''}>` : '';
    return n.nodeType === Node.TEXT_NODE ? `text "${n.textContent?.slice(0, 50)}"${where}` : `<${(n as Element).tagName.toLowerCase()}> "${n.textContent?.trim().slice(0, 50)}"${where}`;
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const prerendered = new WeakMap<Node, string | null>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) prerendered.set(n, n.nodeType === Node.TEXT_NODE ? n.textContent : null);
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData' && prerendered.has(r.target) && r.target.textContent !== prerendered.get(r.target)) {
          w.changed.push(`text changed: ${describe(r.target)} (was "${prerendered.get(r.target)?.slice(0, 50)}")`);
        }
        for (const n of r.removedNodes) if (prerendered.has(n)) w.changed.push(`removed or moved: ${describe(n)} from <${(r.target as Element).tagName?.toLowerCase()}>`);
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

describe.each(LANGS)('the app takes over the prerendered page without redrawing it (%s)', (lang) => {
  it.each(pageKinds(lang))('$path', async ({ path, h1 }) => {
    const page = await session.newPage({ serviceWorkers: 'block' });
    // The page as the server has it, and the answers it was drawn for.
    const html = await (await fetch(BASE + path)).text();
    const madeFor = /<meta name="rumbo-path" content="([^"]*)"/.exec(html)?.[1];
    expect(madeFor, `${path} names the URL it was drawn for`).toBe(path);
    await page.addInitScript(watchPrerendered);
    await page.goto(path);
    await expectH1(page, h1);
    // The app has started (boot sets data-text-size, then draws), and what it loads after has arrived.
    await page.waitForFunction(() => document.documentElement.dataset.textSize);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const changed = await page.evaluate(() => (window as unknown as { changed: string[] }).changed);
    expect(changed).toEqual([]);
    await page.context().close();
  });
});
