/** The app's URLs: one place that builds them, so links, prerendering and the language switch agree. */
export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'es';

export const PAGES = ['help', 'sources', 'references', 'about', 'settings', 'results', 'search'] as const;
export type Page = (typeof PAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export const homeHref = (lang: Lang) => `/${lang}/`;
export const pageHref = (lang: Lang, page: Page) => `/${lang}/${page}/`;
export const flowHref = (lang: Lang, flow: string) => `/${lang}/flows/${flow}/`;

/**
 * A flow step URL: the whole state of a flow in the URL. The step is a folder of its own (so each
 * step has a prerendered page); the answers are the query (`/es/flows/x/document/?a=has:no`).
 */
export function stepHref(lang: Lang, flow: string, step: string | null, answers = '', extra: Record<string, string> = {}): string {
  const params = [answers ? `a=${answers}` : '', ...Object.entries(extra).map(([k, v]) => `${k}=${v}`)].filter(Boolean);
  return flowHref(lang, flow) + (step ? `${step}/` : '') + (params.length ? `?${params.join('&')}` : '');
}

/** The language of a path (`/en/help/` → en), or undefined outside the language folders. */
export function langOf(path: string): Lang | undefined {
  const first = path.split('/')[1];
  return isLang(first) ? first : undefined;
}

/**
 * What the app loads before it first draws the page at `path`, besides its language's text: the
 * code of the page (home, a flow page for `/l/flows/…`), the flow's data, the facts' text for the pages
 * that show contacts (urgent help, and a flow's step pages, where results are), and the record or the
 * list of public sources for the pages that show them. One answer for
 * the browser (src/app.tsx, preloadPage) and for the build, which names the same files in each
 * page's head (src/build/boot-preloads.ts). Undefined outside the language folders.
 */
export interface PageNeeds {
  lang: Lang;
  page?: Page | 'flow' | 'home';
  flow?: string;
  facts?: boolean;
  /** The UN record (the sources page) or the list of public sources (the references page). */
  data?: 'record' | 'references';
}

export function pageNeeds(path: string): PageNeeds | undefined {
  const [, lang, page = '', flow = '', step] = path.split('/');
  if (!isLang(lang)) return undefined;
  if (page === '') return { lang, page: 'home' };
  if (page === 'flows' && flow) return { lang, page: 'flow', flow, facts: Boolean(step) };
  if (!(PAGES as readonly string[]).includes(page)) return { lang };
  if (page === 'help') return { lang, page, facts: true };
  if (page === 'sources') return { lang, page, data: 'record' };
  if (page === 'references') return { lang, page, data: 'references' };
  return { lang, page: page as Page };
}

/** The same page in another language, keeping the rest of the URL (query included). */
export function switchLangHref(url: string, to: Lang): string {
  const [rawPath = '/', query = ''] = url.split('?');
  // Pages are folders: keep the trailing slash (prerendering sees paths without it).
  const path = /\/$|\.[a-z]+$/.test(rawPath) ? rawPath : `${rawPath}/`;
  const rest = langOf(path) ? path.replace(/^\/[a-z]{2}(?=\/|$)/, '') : '/';
  return `/${to}${rest.startsWith('/') ? rest : `/${rest}`}${query ? `?${query}` : ''}`;
}

/** The flow for a person who does not know where to start (home, and a search that finds nothing). */
export const START_FLOW = 'where-to-start';

/**
 * The page the service worker answers a navigation with when it keeps no ready HTML for it: one per
 * language, so the page has its language (and, from the worker, its title) before any script runs;
 * the app then draws the page itself. Opened directly, it goes home.
 */
export const appShellPath = (lang: Lang) => `/${lang}/app-shell`;

/** A flow as the prerenderer needs it: its id and the steps that have a page of their own. */
export interface FlowPages {
  id: string;
  steps: readonly string[];
}

/** Every URL prerendered at build time, in both languages (without trailing slash, as the prerenderer keys them). */
export function prerenderRoutes(flows: readonly FlowPages[]): string[] {
  return [
    '/404',
    ...LANGS.flatMap((l) => [
      `/${l}`,
      appShellPath(l),
      ...PAGES.map((p) => `/${l}/${p}`),
      ...flows.flatMap((f) => [`/${l}/flows/${f.id}`, ...f.steps.map((s) => `/${l}/flows/${f.id}/${s}`)]),
    ]),
  ];
}

/**
 * The address a mangled link meant, as the app reads it: repeated slashes made one (`//es/` is
 * `/es/`, where the browser's URL parser would take `//es/` for a link to the host "es"), and a part
 * of the path with a `%` that starts no valid escape (`%`, `%E0%A4%A`) read as the characters it
 * shows (every `%` as `%25`), so reading the path never throws: such a part names no page, and the
 * not-found page says so. The query is left as it is: the browser reads it leniently.
 */
export function cleanPath(path: string): string {
  return path
    .replace(/\/{2,}/g, '/')
    .split('/')
    .map((part) => {
      try {
        // The decoded text is used, or a minifier drops the call as free of effects (it throws).
        return decodeURIComponent(part) && part;
      } catch {
        return part.replace(/%/g, '%25');
      }
    })
    .join('/');
}
