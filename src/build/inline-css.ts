/**
 * Build only: the app's style sheet goes inline, in one `<style>` in the head of every page, instead
 * of a render-blocking `<link rel="stylesheet">` (one round trip less before the first paint), and
 * the Content-Security-Policy allows exactly that text by its SHA-256 hash, never 'unsafe-inline'.
 *
 * - The entry HTML (src/index.html) is rewritten after Vite has linked the CSS: each linked bundle
 *   style sheet becomes one `<style>` (the print rules too, in `@media print`), and the hash is
 *   added to `style-src` in the CSP meta. The prerenderer then uses this HTML as the template of
 *   every page (404.html and app-shell.html included), so all pages carry the same style, with the
 *   same hash.
 * - The inlined .css files are dropped from the bundle: nothing links them, so they are neither
 *   written nor precached by the service worker.
 * - `_headers` (copied from public/, where it keeps `style-src 'self'` as a template) gets the same
 *   hash, so a host that sends the header allows the same style.
 *
 * The CSS is global and loaded once: client-side navigation keeps the document and its `<style>`.
 * CSS code splitting is off, so CSS imported by a lazy module would join the same inline style too.
 * Off-the-shelf plugins were weighed: vite-plugin-beasties inlines per-page "critical" CSS (one hash
 * per page) and lazy-loads the rest with an onload handler that this CSP blocks; vite-plugin-csp-guard
 * hashes but does not inline, nor write _headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** `'sha256-…'`: the CSP source that allows an inline style with exactly this text. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** The policy with `source` added to its style-src directive (which must exist). */
export function allowStyle(policy: string, source: string): string {
  let found = false;
  const out = policy.replace(/(^|;)(\s*style-src)(?=\s|;|$)([^;]*)/, (_, sep: string, name: string, sources: string) => {
    found = true;
    return `${sep}${name}${sources.trimEnd()} ${source}${/\s$/.test(sources) ? ' ' : ''}`;
  });
  if (!found) throw new Error(`The Content-Security-Policy has no style-src directive: ${policy}`);
  return out;
}

const STYLESHEET = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>\s*/gi;
const CSP_META = /(<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=")([^"]*)(")/i;

export function inlineCss(): Plugin {
  let config: ResolvedConfig;
  const inlined = new Set<string>();
  let hash: string | undefined;

  return {
    name: 'rumbo-inline-css',
    apply: 'build',
    enforce: 'post',
    // One style sheet for the whole app, linked by the HTML only: with CSS code splitting, Vite would
    // also list the entry's CSS as a dependency of lazy chunks and link it again at run time.
    config: () => ({ build: { cssCodeSplit: false } }),
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const css: string[] = [];
        let at = -1;
        const rest = html.replace(STYLESHEET, (tag, offset: number) => {
          const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '';
          const fileName = href.startsWith(config.base) ? href.slice(config.base.length) : '';
          const asset = ctx.bundle![fileName];
          if (asset?.type !== 'asset') return tag; // a file from public/ would stay linked
          if (at < 0) at = offset;
          inlined.add(fileName);
          // Vite marks CSS with /*$vite$:1*/ for its file hashes and removes that only after this hook.
          css.push(String(asset.source).replace(/\/\*\$vite\$:\d+\*\//g, '').trim());
          return '';
        });
        if (at < 0) throw new Error(`${ctx.path}: no bundled style sheet to inline`);
        const text = css.join('\n');
        // The style must stay one element whose text is exactly what was hashed.
        if (/<\/style/i.test(text)) throw new Error('The CSS contains "</style"');
        if (/url\(\s*["']?(?![a-z]+:|\/|#)/i.test(text)) throw new Error('The CSS has a relative url(), which would break once inlined');
        hash = styleHash(text);
        if (!CSP_META.test(rest)) throw new Error(`${ctx.path}: no Content-Security-Policy meta`);
        const withStyle = `${rest.slice(0, at)}<style>${text}</style>\n${rest.slice(at)}`;
        return withStyle.replace(CSP_META, (_, open: string, policy: string, close: string) => open + allowStyle(policy, hash!) + close);
      },
    },
    generateBundle(_, bundle) {
      for (const fileName of inlined) delete bundle[fileName];
    },
    writeBundle(options, bundle) {
      if (!hash) return this.error('No style sheet was inlined');
      // The final code (Vite fills in the preload lists of lazy chunks after the plugins' generateBundle).
      for (const chunk of Object.values(bundle)) {
        const file = chunk.type === 'chunk' ? [...inlined].find((f) => chunk.code.includes(f)) : undefined;
        if (file) return this.error(`${chunk.fileName} would load ${file} at run time, which is inlined and not written`);
      }
      const file = join(options.dir ?? config.build.outDir, '_headers');
      const text = readFileSync(file, 'utf8');
      const out = text.replace(/^([ \t]*Content-Security-Policy:[ \t]*)(.*)$/gim, (_, name: string, policy: string) => name + allowStyle(policy, hash!));
      if (out === text) return this.error(`${file} has no Content-Security-Policy to add the style's hash to`);
      writeFileSync(file, out);
    },
  };
}
