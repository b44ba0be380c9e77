/**
 * Build only: each prerendered page names, in its head, the code and data the app loads before it
 * first draws that page (`<link rel="modulepreload">`), so the browser fetches them while the entry
 * script is still arriving, instead of one round trip later, once the entry has run and asked for
 * them. On a slow mobile network that round trip is a few hundred milliseconds before the page
 * answers a tap.
 *
 * What a page needs comes from `pageNeeds` (src/routes.ts), the same answer the app's preloadPage
 * uses in the browser: the language's text, the page's code, a flow's data, the facts' text, the
 * record (or its translation, on a page in a language it was translated into) or the list of public sources. Each is looked up by its source module in Rollup's chunks,
 * with every chunk it imports statically. Pages
 * outside the language folders (the root, 404.html, the offline app shell) are drawn for a URL
 * known only in the browser, so they name nothing. A module that is in no chunk fails the build,
 * naming the page and the module.
 */
import { join } from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { pageNeeds, type Page, type PageNeeds } from '../routes';

/** The source module of each page's code (src/app.tsx imports the same files lazily). */
export const PAGE_MODULES = {
  home: 'pages/Home.tsx',
  help: 'pages/Help.tsx',
  sources: 'pages/Sources.tsx',
  references: 'pages/References.tsx',
  about: 'pages/About.tsx',
  settings: 'pages/Settings.tsx',
  results: 'pages/Results.tsx',
  search: 'pages/Search.tsx',
  flow: 'pages/flow/FlowPage.tsx',
} satisfies Record<Page | 'flow' | 'home', string>;

/** The ids of the modules a page needs before its first draw (virtual modules from src/content/vite-plugin.ts). */
export function neededModules(needs: PageNeeds, root: string): string[] {
  const virtual = (id: string) => `\0virtual:rumbo/${id}`;
  return [
    virtual(`common/${needs.lang}`),
    ...(needs.page ? [join(root, PAGE_MODULES[needs.page])] : []),
    ...(needs.flow ? [virtual(`flow/${needs.flow}/${needs.lang}`)] : []),
    ...(needs.facts ? [virtual(`facts-text/${needs.lang}`)] : []),
    ...(needs.data ? [virtual(needs.data === 'record' ? recordModule(needs.lang) : needs.data)] : []),
  ];
}

/** The languages the record is translated into (RECORD_TRANSLATIONS in src/data/content.ts). */
const TRANSLATED_RECORD: readonly string[] = ['es'];
/**
 * The record a sources page draws first: Rumbo's translation in a language that has one (Spanish;
 * the English original follows once the page is drawn), else the original (src/data/content.ts).
 */
export const recordModule = (lang: string) => (TRANSLATED_RECORD.includes(lang) ? `record-${lang}` : 'record');

/** The path a prerendered page is served at (`es/flows/x/index.html` → `/es/flows/x/`), or undefined for other files. */
export function pagePath(fileName: string): string | undefined {
  return /^(?:.+\/)?index\.html$/.test(fileName) ? `/${fileName.replace(/index\.html$/, '')}` : undefined;
}

/** A chunk and every chunk it imports statically, by file name. */
function withImports(bundle: Rollup.OutputBundle, fileName: string, into = new Set<string>()): Set<string> {
  if (into.has(fileName)) return into;
  into.add(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type === 'chunk') for (const imported of chunk.imports) withImports(bundle, imported, into);
  return into;
}

export function bootPreloads(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'rumbo-boot-preloads',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
      const entries = chunks.filter((c) => c.isEntry);
      const loaded = new Set<string>();
      for (const entry of entries) withImports(bundle, entry.fileName, loaded);
      const chunkOf = new Map<string, string>();
      for (const chunk of chunks) for (const id of chunk.moduleIds) chunkOf.set(id, chunk.fileName);

      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset') continue;
        const path = pagePath(asset.fileName);
        const needs = path && pageNeeds(path);
        if (!needs) continue;
        const files = new Set<string>();
        for (const id of neededModules(needs, config.root)) {
          const file = chunkOf.get(id);
          if (!file) return this.error(`${asset.fileName}: no chunk holds ${JSON.stringify(id)}, which the page needs before its first draw (src/build/boot-preloads.ts)`);
          for (const f of withImports(bundle, file)) if (!loaded.has(f)) files.add(f);
        }
        if (!files.size) continue;
        const html = String(asset.source);
        const script = /<script\b[^>]*\btype="module"[^>]*><\/script>/.exec(html);
        if (!script) return this.error(`${asset.fileName}: no module script to put the page's preloads after`);
        const links = [...files].sort().map((f) => `\n    <link rel="modulepreload" crossorigin href="${config.base}${f}">`).join('');
        const at = script.index + script[0].length;
        asset.source = html.slice(0, at) + links + html.slice(at);
      }
    },
  };
}
