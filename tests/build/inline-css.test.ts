/**
 * The first paint needs no style sheet request: every page of the build carries the app's CSS in one
 * inline `<style>`, the same on every page, and the Content-Security-Policy (the meta of each page and
 * the `_headers` of the host) allows exactly that text by its SHA-256, never 'unsafe-inline'.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages, KB, pageAssets, precached, read } from './dist';
import { directive, sha256 } from './csp';

const pages = htmlPages();
const html = new Map(pages.map((p) => [p, read(p).toString()]));
const metaPolicy = (page: string) => /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html.get(page)!)?.[1] ?? '';

const home = pageAssets(html.get('index.html') ?? '').inline[0] ?? '';

describe('the CSS is inline in every page', () => {
  it("covers every kind of page: the prerendered ones, 404.html and each language's app shell", () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'es/app-shell/index.html', 'en/app-shell/index.html', 'es/index.html', 'en/flows/disability-certificate/index.html']));
    expect(pages.length).toBeGreaterThan(30);
  });

  it("the home page's style is the app's whole style sheet", () => {
    expect(home.length / KB).toBeGreaterThan(5);
    // The print rules (the referral sheet) are part of it: printing needs no request either.
    for (const rule of [':root{', '.skip-link', '@media', '@media print{']) expect(home, rule).toContain(rule);
  });

  it('every page has exactly one <style>, in its head, the same as every other page', () => {
    const problems = pages.flatMap((p) => {
      const page = html.get(p)!;
      const { inline } = pageAssets(page);
      if (inline.length !== 1) return [`${p}: ${inline.length} <style> elements`];
      if (inline[0] !== home) return [`${p}: a different <style> than index.html`];
      if (page.indexOf('<style') > page.indexOf('</head>')) return [`${p}: <style> outside the head`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('no page links a style sheet (print rules included), and none has a style attribute (the CSP would block it)', () => {
    const problems = pages.flatMap((p) => {
      const page = html.get(p)!;
      const links = [...page.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/gi)].map((m) => m[0]);
      return [
        ...links.map((l) => `${p}: ${l}`),
        ...(/\/assets\/[^"'\s>]+\.css/.test(page) ? [`${p}: mentions an /assets/*.css file`] : []),
        ...(/<[a-z][^>]*\sstyle=/i.test(page) ? [`${p}: a style="…" attribute`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });

  it("no page's header loads an image (Rumbo's mark is inline SVG: no request, no separate SVG document)", () => {
    const problems = pages.flatMap((p) => {
      const header = /<header\b[\s\S]*?<\/header>/i.exec(html.get(p)!)?.[0];
      if (header === undefined) return [`${p}: no <header>`];
      return [
        ...(/<img\b/i.test(header) ? [`${p}: an <img> in the header`] : []),
        ...(/<svg class="brand-mark"[^>]*aria-hidden="true"/.test(header) ? [] : [`${p}: no decorative inline mark in the header`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('no script links a style sheet at run time (Vite lists CSS among the dependencies of lazy chunks)', () => {
    const scripts = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(10);
    expect(scripts.filter((f) => /assets\/[\w.-]+\.css/.test(read(`assets/${f}`).toString()))).toEqual([]);
  });

  it('no CSS file is written or precached (nothing links one)', () => {
    expect(precached().filter((u) => u.endsWith('.css'))).toEqual([]);
    expect(readdirSync(DIST).filter((f) => f.endsWith('.css'))).toEqual([]);
    const assets = existsSync(join(DIST, 'assets')) ? readdirSync(join(DIST, 'assets')) : [];
    expect(assets.filter((f) => f.endsWith('.css'))).toEqual([]);
  });
});

describe("the Content-Security-Policy allows that style by its hash", () => {
  it("every page's CSP meta: style-src is 'self' and the style's SHA-256, never 'unsafe-inline'", () => {
    const problems = pages.flatMap((p) => {
      const styleSrc = directive(metaPolicy(p), 'style-src');
      const style = pageAssets(html.get(p)!).inline[0] ?? '';
      return JSON.stringify(styleSrc) === JSON.stringify(["'self'", sha256(style)]) ? [] : [`${p}: style-src ${styleSrc?.join(' ')}`];
    });
    expect(problems).toEqual([]);
  });

  it("_headers: the same style-src for every path, and the rest of the policy as the meta's", () => {
    const text = read('_headers').toString();
    const policies = [...text.matchAll(/^\s*Content-Security-Policy:\s*(.*)$/gim)].map((m) => m[1]!);
    expect(policies).toHaveLength(1);
    expect(directive(policies[0]!, 'style-src')).toEqual(["'self'", sha256(home)]);
    expect(policies[0]).not.toContain("'unsafe-inline'");
    // frame-ancestors is only honoured in a header; the rest is the same policy.
    expect(policies[0]!.replace(/;\s*frame-ancestors[^;]*/, '')).toBe(metaPolicy('index.html'));
  });
});
