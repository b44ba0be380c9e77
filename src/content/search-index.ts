/** Build time: the offline search index of one language (MiniSearch, serialised to JSON). */
import MiniSearch from 'minisearch';
import { stemmer as es } from '@orama/stemmers/spanish';
import { stemmer as en } from '@orama/stemmers/english';
import { indexOptions, type SearchDoc, type SearchLang, type Stem } from '../search/options';
import { flatten } from './keys';
import type { Content } from './validate';

/** The stemmers the index is made with: the modules the browser loads for a search (STEMMERS). */
export const BUILD_STEMMERS: Record<SearchLang, Stem> = { es, en };

/** MiniSearch's own tokenizer (SPACE_OR_PUNCTUATION), so the build splits words as the index does. */
const WORDS = /[\n\r\p{Z}\p{P}]+/u;

/**
 * A result's lists, less every word whose stem its title, summary or an earlier line already holds:
 * such a word finds the result anyway, and each repeat would cost the offline index bytes (about
 * 2.5 kB gzip a language).
 */
function newWords(details: string, known: string, stem: (w: string) => string | null): string {
  const seen = new Set(known.split(WORDS).map(stem));
  return details
    .split(WORDS)
    .filter((w) => {
      const s = stem(w);
      if (!s || seen.has(s)) return false;
      seen.add(s);
      return true;
    })
    .join(' ');
}

export function searchDocs(content: Content, lang: SearchLang): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const { processTerm } = indexOptions(BUILD_STEMMERS[lang]);
  const stem = (w: string) => (w ? processTerm(w) : null);
  for (const flow of content.flows) {
    const text = flatten(content.texts[lang]?.[flow.id] ?? {});
    const get = (key: string) => String(text.get(key) ?? '');
    const words = (content.search.words[flow.id]?.[lang] ?? []).join(' ');
    docs.push({ id: `f:${flow.id}`, kind: 'flow', flow: flow.id, title: get('title'), text: `${get('description')} ${get('start.intro')}`, details: '', words });
    for (const node of flow.nodes) {
      const at = `nodes.${node.id}`;
      const under = (prefix: string) => [...text].filter(([k]) => k.startsWith(prefix)).map(([, v]) => String(v)).join(' ');
      if (node.type === 'outcome') {
        // Title and summary say what an outcome is about; what to do, bring and know is found too, below them.
        const [title, summary] = [get(`${at}.title`), get(`${at}.summary`)];
        const details = newWords(['steps', 'bring', 'rights'].map((list) => under(`${at}.${list}.`)).join(' '), `${title} ${summary}`, stem);
        docs.push({ id: `o:${flow.id}:${node.id}`, kind: 'outcome', flow: flow.id, step: node.id, title, text: summary, details, words: '' });
      } else if (node.type !== 'rule') {
        docs.push({ id: `q:${flow.id}:${node.id}`, kind: 'question', flow: flow.id, title: get(`${at}.question`), text: under(`${at}.options.`), details: '', words: '' });
      }
    }
  }
  for (const g of content.search.glossary) {
    docs.push({ id: `g:${g.id}`, kind: 'glossary', flow: g.flow, title: `${g.term}: ${g[lang].name}`, text: g.term, details: '', words: g[lang].words.join(' ') });
  }
  return docs;
}

export function searchIndexJSON(content: Content, lang: SearchLang): string {
  const index = new MiniSearch<SearchDoc>(indexOptions(BUILD_STEMMERS[lang]));
  index.addAll(searchDocs(content, lang));
  return JSON.stringify(index);
}
