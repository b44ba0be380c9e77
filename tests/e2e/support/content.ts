/** The app's text, read from content/ so the tests follow the content rather than copy it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const FLOW = 'disability-certificate';

const localesDir = fileURLToPath(new URL('../../../content/locales/', import.meta.url));
const cache = new Map<string, unknown>();

function load(lang: Lang, ns: string): unknown {
  const key = `${lang}/${ns}`;
  if (!cache.has(key)) cache.set(key, JSON.parse(readFileSync(`${localesDir}${key}.json`, 'utf8')));
  return cache.get(key);
}

/** A text by dotted key (`common:home.title`, `disability-certificate:nodes.insured.question`); throws if missing. */
export function t(lang: Lang, key: string): string {
  const [ns, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
  let value: unknown = load(lang, ns);
  for (const part of path.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (typeof value !== 'string' || value === '') throw new Error(`No text for ${lang} ${key} in content/locales`);
  return value;
}

/** A text of the disability-certificate flow. */
export const ft = (lang: Lang, key: string) => t(lang, `${FLOW}:${key}`);

export const other = (lang: Lang): Lang => (lang === 'es' ? 'en' : 'es');

/** The prerendered pages of one language: path, and its h1. */
export function pages(lang: Lang): { name: string; path: string; title: string; rest: string }[] {
  return [
    { name: 'home', path: `/${lang}/`, title: t(lang, 'home.title'), rest: '/' },
    { name: 'help', path: `/${lang}/help/`, title: t(lang, 'help.title'), rest: '/help/' },
    { name: 'sources', path: `/${lang}/sources/`, title: t(lang, 'sources.title'), rest: '/sources/' },
    { name: 'about', path: `/${lang}/about/`, title: t(lang, 'about.title'), rest: '/about/' },
    { name: 'settings', path: `/${lang}/settings/`, title: t(lang, 'settings.title'), rest: '/settings/' },
    { name: 'flow start', path: `/${lang}/flows/${FLOW}/`, title: ft(lang, 'title'), rest: `/flows/${FLOW}/` },
  ];
}

/**
 * One page of every kind, with its h1: each page of the language folder, a flow's start, and a
 * question and a result opened with the answers they were prerendered with.
 */
export function pageKinds(l: Lang): { path: string; h1: string }[] {
  return [
    { path: `/${l}/`, h1: t(l, 'home.title') },
    { path: `/${l}/help/`, h1: t(l, 'help.title') },
    { path: `/${l}/sources/`, h1: t(l, 'sources.title') },
    { path: `/${l}/references/`, h1: t(l, 'sources.publicTitle') },
    { path: `/${l}/about/`, h1: t(l, 'about.title') },
    { path: `/${l}/settings/`, h1: t(l, 'settings.title') },
    { path: `/${l}/search/`, h1: t(l, 'search.title') },
    { path: `/${l}/results/`, h1: t(l, 'results.title') },
    { path: `/${l}/flows/${FLOW}/`, h1: ft(l, 'title') },
    { path: stepPath(l, 'document', 'has-certificate:no'), h1: ft(l, 'nodes.document.question') },
    { path: stepPath(l, 'get-certificate', 'has-certificate:no,document:carne,insured:yes'), h1: ft(l, 'nodes.get-certificate.title') },
  ];
}

/** A flow step URL: the step is a folder, the answers the query. */
export const stepPath = (lang: Lang, step: string, answers = '', flow = FLOW) =>
  `/${lang}/flows/${flow}/${step}/${answers ? `?a=${answers}` : ''}`;

/** The step a flow URL shows (`/es/flows/x/document/` → document), or null on the start page. */
export const stepOf = (u: URL): string | null => /^\/[a-z]{2}\/flows\/[^/]+\/([^/]+)\/?$/.exec(u.pathname)?.[1] ?? null;
