/** The whole app: the URL decides the language and the page. */
import type { ComponentType } from 'preact';
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { Layout } from './components/Layout';
import { PageError } from './components/PageError';
import { useLanguage } from './i18n';
import { detectLanguage, savedLanguage } from './i18n/detect';
import { DEFAULT_LANG, LANGS, PAGES, appShellPath, langOf, pageNeeds, type Lang, type Page } from './routes';
import { preloadFacts, preloadFlow, preloadSourcesData } from './data/content';
import { AppShell } from './pages/AppShell';
import { NotFound } from './pages/NotFound';
import { RootRedirect } from './pages/RootRedirect';

// The pages in the language folders, each loaded on first use (one table for the routes and the
// preloading below). Urgent help is prerendered and kept offline as HTML: its script can come later.
const page = (load: () => Promise<ComponentType>) => lazy<ComponentType>(load);
const PAGE_COMPONENTS: Record<Page, ReturnType<typeof page>> = {
  help: page(() => import('./pages/Help').then((m) => m.Help)),
  sources: page(() => import('./pages/Sources').then((m) => m.Sources)),
  references: page(() => import('./pages/References').then((m) => m.References)),
  about: page(() => import('./pages/About').then((m) => m.About)),
  settings: page(() => import('./pages/Settings').then((m) => m.Settings)),
  results: page(() => import('./pages/Results').then((m) => m.Results)),
  search: page(() => import('./pages/Search').then((m) => m.Search)),
};
const FlowPage = lazy(() => import('./pages/flow/FlowPage').then((m) => m.FlowPage));
// Home too: no other page needs its code, and its head names it, so it arrives with the entry.
const Home = lazy(() => import('./pages/Home').then((m) => m.Home));

/**
 * Loads the code and data of the page at `path` before the app first draws it over the prerendered
 * HTML, so the page never waits (or blinks) halfway through being drawn.
 */
export function preloadPage(path: string): Promise<unknown> {
  const needs = pageNeeds(path);
  if (!needs?.page) return Promise.resolve();
  return Promise.all([
    needs.page === 'flow' ? FlowPage.preload() : needs.page === 'home' ? Home.preload() : PAGE_COMPONENTS[needs.page].preload(),
    needs.flow ? preloadFlow(needs.flow, needs.lang) : undefined,
    needs.facts ? preloadFacts(needs.lang) : undefined,
    needs.data ? preloadSourcesData(needs.data, needs.lang) : undefined,
  ]);
}

/** The language of a page outside the language folders (the root and unknown paths). */
function fallbackLang(): Lang {
  if (typeof window === 'undefined') return DEFAULT_LANG;
  return detectLanguage(savedLanguage(), navigator.languages ?? []);
}

function Shell() {
  const { path } = useLocation();
  const lang = langOf(path) ?? fallbackLang();
  useLanguage(lang);
  return (
    <Layout lang={lang}>
      <PageError>
        <Router>
            <Route path="/" component={RootRedirect} />
            {LANGS.flatMap((l) => [
              <Route key={`${l}-home`} path={`/${l}`} component={Home} />,
              <Route key={`${l}-shell`} path={appShellPath(l)} component={AppShell} />,
              ...PAGES.map((p) => <Route key={`${l}-${p}`} path={`/${l}/${p}`} component={PAGE_COMPONENTS[p]} />),
              <Route key={`${l}-flow`} path={`/${l}/flows/:flow/:step?`} component={FlowPage} />,
            ])}
            <Route default component={NotFound} />
          </Router>
      </PageError>
    </Layout>
  );
}

export function App({ url }: { url?: string }) {
  return (
    <LocationProvider {...(url ? { url } : {})}>
      {/* Waits (keeping the current page on screen) while a language's text loads. */}
      <ErrorBoundary>
        <Shell />
      </ErrorBoundary>
    </LocationProvider>
  );
}
