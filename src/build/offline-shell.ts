/**
 * Build only: how the service worker answers a page it keeps no ready HTML for (every page but
 * home and urgent help, the root included). It answers from the app shell of the page's language
 * (`/es/app-shell/`, `/en/app-shell/`, precached), with the page's title written into it, so the
 * page has its `lang`, `dir` and a real title before any script runs: a screen reader reads an
 * English page in English, and the browser does not offer to translate it "from Spanish". The app
 * then draws the page itself.
 *
 * vite-plugin-pwa's generateSW has one `navigateFallback`, so each language is a route of its own
 * (`runtimeCaching`, after the precache's route, which answers the pages it keeps): a cache lookup
 * that never finds anything, whose fallback is that language's precached shell (workbox's
 * PrecacheFallbackPlugin, which knows the shell's revision), and a plugin that writes the title in.
 * Workbox copies these functions into sw.js as source text: they use nothing from this file, and
 * the plugin's source holds no `//` or `/*` (workbox strips what looks like a comment).
 *
 * Outside the language folders (`/fr/`, a mangled link) the app shows the not-found page in the
 * browser's language: the worker reads the same `navigator.languages` (not the language a person
 * chose in the settings, which it cannot read).
 */
import type { RuntimeCaching } from 'workbox-build';
import { LANGS, PAGES, appShellPath, type Lang } from '../routes';
import { fullTitle } from '../head';

/** The text the titles come from: each language's common text and each flow's title. */
export interface TitleSource {
  common(lang: Lang): Record<string, unknown>;
  flows: readonly { id: string; title: (lang: Lang) => string }[];
}

/** A page's title key in the common text (as each page's useHead has it). */
const PAGE_TITLES: Record<(typeof PAGES)[number], string> = {
  help: 'help.title',
  sources: 'sources.title',
  references: 'sources.publicTitle',
  about: 'about.title',
  settings: 'settings.title',
  results: 'results.title',
  search: 'search.title',
};

export interface ShellTitles {
  /** `<page>` and `flows/<flow>` → the title, HTML-escaped, as the page itself ends up with it. */
  pages: Record<string, string>;
  /** A search with words (`?q=`). */
  searchFor: string;
  notFound: string;
  home: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function text(common: Record<string, unknown>, key: string): string {
  const value = key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], common);
  if (typeof value !== 'string' || !value) throw new Error(`The offline shell needs the text ${key}`);
  return value;
}

export function shellTitles(source: TitleSource, lang: Lang): ShellTitles {
  const common = source.common(lang);
  const title = (s: string) => escapeHtml(fullTitle(s));
  return {
    pages: {
      ...Object.fromEntries(PAGES.map((p) => [p, title(text(common, PAGE_TITLES[p]))])),
      ...Object.fromEntries(source.flows.map((f) => [`flows/${f.id}`, title(f.title(lang))])),
      'app-shell': title('Rumbo'),
    },
    searchFor: title(text(common, 'search.titleFor')),
    notFound: title(text(common, 'notFound.title')),
    home: title('Rumbo'),
  };
}

/** What the title plugin knows, written into its source text in sw.js (workbox checks a plugin has only callbacks). */
interface ShellData {
  lang: Lang;
  titles: ShellTitles;
}
declare const SHELL: ShellData;

/**
 * Writes the page's title into the shell: a path of the shell's language folder gets its page's
 * title, any other the not-found page's; repeated slashes count as one, as the app reads them.
 */
async function writeTitle({ request, response }: { request: Request; response: Response }): Promise<Response> {
  const shell = SHELL;
  const t = shell.titles;
  const url = new URL(request.url);
  const parts = url.pathname
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  let title = t.notFound;
  if (parts.length === 0) title = t.home;
  else if (parts[0] === shell.lang) {
    const page = parts[1] ?? '';
    if (parts.length === 1) title = t.home;
    else if (parts.length === 2 && page !== 'flows' && t.pages[page]) title = page === 'search' && url.searchParams.get('q') ? t.searchFor : t.pages[page];
    else if (page === 'flows' && parts.length <= 4 && t.pages['flows/' + parts[2]]) title = t.pages['flows/' + parts[2]]!;
  }
  const html = (await response.text()).replace(/<title>[^<]*<\/title>/, '<title>' + title + '</title>');
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

/** `fn`, whose source text (what workbox copies into sw.js) reads `data` where it reads `SHELL`. */
function withShellData<F extends (...args: never[]) => unknown>(fn: F, data: ShellData): F {
  const source = fn.toString();
  if (source.match(/\bSHELL\b/g)?.length !== 1 || /\/\/|\/\*/.test(source)) throw new Error(`${fn.name}: its source must read SHELL once and hold no comment-like text`);
  const copy = ((...args: Parameters<F>) => fn(...args)) as unknown as F;
  return Object.assign(copy, { toString: () => source.replace(/\bSHELL\b/, `(${JSON.stringify(data)})`) });
}

/** Navigations of the English folder, or outside the language folders where the browser prefers English. */
const englishNavigation = ({ request, url }: { request: Request; url: URL }) => {
  if (request.mode !== 'navigate') return false;
  const first = url.pathname.split('/').filter(Boolean)[0];
  if (first === 'en' || first === 'es') return first === 'en';
  for (const tag of navigator.languages || []) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'es') return base === 'en';
  }
  return false;
};

/** Every other navigation: the Spanish shell (the default language). */
const otherNavigation = ({ request }: { request: Request }) => request.mode === 'navigate';

/** The precached shell of a language (the prerenderer writes `/es/app-shell` as a folder). */
export const shellFile = (lang: Lang) => `${appShellPath(lang).slice(1)}/index.html`;

/** The service worker's routes for pages it keeps no ready HTML for, English first (the Spanish one takes the rest). */
export function shellRoutes(source: TitleSource): RuntimeCaching[] {
  if (LANGS.length !== 2 || !LANGS.includes('es') || !LANGS.includes('en')) throw new Error('offline-shell.ts knows Spanish and English only');
  return (['en', 'es'] as const).map((lang) => ({
    urlPattern: lang === 'en' ? englishNavigation : otherNavigation,
    // Never fills: every lookup misses, and the fallback (the shell) answers.
    handler: 'CacheOnly',
    options: {
      cacheName: 'rumbo-shell-lookup',
      precacheFallback: { fallbackURL: `/${shellFile(lang)}` },
      plugins: [{ handlerWillRespond: withShellData(writeTitle, { lang, titles: shellTitles(source, lang) }) }],
    },
  }));
}
