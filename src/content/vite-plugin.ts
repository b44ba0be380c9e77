/**
 * Compiles content/ into virtual modules: the catalog, one module per flow and language (loaded
 * on demand, precached), facts per language, the record and its translations. The build fails on any content problem.
 */
import type { Plugin } from 'vite';
import { buildContent, catalog, commonTexts, contentVersion, outcomeIndex, pageTexts, PAGE_SECTIONS, type BuiltContent, type PageSection } from './build';
import { searchIndexJSON } from './search-index';

const PREFIX = 'virtual:rumbo/';
const RESOLVED = '\0' + PREFIX;

export function rumboContent(contentDir: string): Plugin {
  let content: BuiltContent | undefined;
  const get = () => (content ??= buildContent(contentDir));
  const json = (v: unknown) => JSON.stringify(v);
  return {
    name: 'rumbo-content',
    buildStart() {
      content = undefined;
      get();
      this.addWatchFile(contentDir);
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(contentDir)) return;
      content = undefined;
      const mods = [...server.moduleGraph.idToModuleMap.keys()].filter((id) => id.startsWith(RESOLVED));
      mods.forEach((id) => server.moduleGraph.invalidateModule(server.moduleGraph.getModuleById(id)!));
      server.ws.send({ type: 'full-reload' });
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? '\0' + id : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const c = get();
      const [kind, a, b] = id.slice(RESOLVED.length).split('/');
      switch (kind) {
        case 'catalog':
          return `export const catalog = ${json(catalog(c))};\nexport const version = ${json(contentVersion(c))};\nexport const languages = ${json(c.languages)};`;
        case 'flows': {
          const entries = c.flows.map(
            (f) => `${json(f.id)}: {${c.languages.map((l) => `${json(l)}: () => import(${json(`${PREFIX}flow/${f.id}/${l}`)})`).join(', ')}}`,
          );
          return `export const flowLoaders = {${entries.join(',\n')}};`;
        }
        case 'flow': {
          const flow = c.flows.find((f) => f.id === a);
          if (!flow || !b) return this.error(`Unknown flow module ${id}`);
          return `export const flow = ${json(flow)};\nexport const text = ${json(c.texts[b]?.[flow.id])};`;
        }
        case 'facts':
          return (
            `export const contacts = ${json(c.facts.contacts)};\n` +
            `export const seen = ${json(c.facts.seen)};\nexport const factsText = {${c.languages.map((l) => `${json(l)}: () => import(${json(`${PREFIX}facts-text/${l}`)})`).join(', ')}};`
          );
        case 'common':
          return `export default ${json(commonTexts(c, a!))};`;
        case 'page-text':
          if (!(PAGE_SECTIONS as readonly string[]).includes(a!)) return this.error(`Unknown page text ${id}`);
          return `export default ${json(pageTexts(c, a as PageSection))};`;
        case 'facts-text':
          return `export const text = ${json(c.texts[a!]?.facts)};`;
        case 'search':
          if (a !== 'es' && a !== 'en') return this.error(`Unknown search index ${id}`);
          return `export const index = ${JSON.stringify(searchIndexJSON(c, a))};`;
        case 'outcomes':
          return `export const outcomes = ${json(outcomeIndex(c))};`;
        case 'record':
          return `export const record = ${json(c.record)};\nexport const meta = ${json(c.meta)};`;
        case 'references':
          return `export const sources = ${json(c.facts.sources)};\nexport const seen = ${json(c.facts.seen)};`;
        default: {
          // `record-<lang>` (its chunk named so): Rumbo's translation of the record, only for the pages in that language.
          const translation = /^record-([a-z]{2})$/.exec(kind ?? '') && c.recordTranslations[kind!.slice('record-'.length)];
          if (translation) return `export const record = ${json(translation)};\nexport const meta = ${json(c.meta)};`;
          return this.error(`Unknown content module ${id}`);
        }
      }
    },
  };
}
