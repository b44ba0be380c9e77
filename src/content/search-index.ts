/** Build time: the offline search index of one language (MiniSearch, serialised to JSON). */
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, type SearchDoc } from '../search/options';
import { flatten } from './keys';
import type { Content } from './validate';

export function searchDocs(content: Content, lang: 'es' | 'en'): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const flow of content.flows) {
    const text = flatten(content.texts[lang]?.[flow.id] ?? {});
    const get = (key: string) => String(text.get(key) ?? '');
    const words = (content.search.words[flow.id]?.[lang] ?? []).join(' ');
    docs.push({ id: `f:${flow.id}`, kind: 'flow', flow: flow.id, title: get('title'), text: `${get('description')} ${get('start.intro')}`, words });
    for (const node of flow.nodes) {
      const at = `nodes.${node.id}`;
      const under = (prefix: string) => [...text].filter(([k]) => k.startsWith(prefix)).map(([, v]) => String(v)).join(' ');
      if (node.type === 'outcome') {
        // Title and summary say what an outcome is about; its steps would only make the index heavy.
        docs.push({ id: `o:${flow.id}:${node.id}`, kind: 'outcome', flow: flow.id, step: node.id, title: get(`${at}.title`), text: get(`${at}.summary`), words: '' });
      } else if (node.type !== 'rule') {
        docs.push({ id: `q:${flow.id}:${node.id}`, kind: 'question', flow: flow.id, title: get(`${at}.question`), text: under(`${at}.options.`), words: '' });
      }
    }
  }
  for (const g of content.search.glossary) {
    docs.push({ id: `g:${g.id}`, kind: 'glossary', flow: g.flow, title: `${g.term}: ${g[lang].name}`, text: g.term, words: g[lang].words.join(' ') });
  }
  return docs;
}

export function searchIndexJSON(content: Content, lang: 'es' | 'en'): string {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  index.addAll(searchDocs(content, lang));
  return JSON.stringify(index);
}
