/** The whole app: the URL decides the language and the page. */
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { Layout } from './components/Layout';
import { PageError } from './components/PageError';
import { useLanguage } from './i18n';
import { detectLanguage, savedLanguage } from './i18n/detect';
import { APP_SHELL, DEFAULT_LANG, LANGS, isLang, langOf, type Lang } from './routes';
import { preloadFlow } from './data/content';
import { AppShell } from './pages/AppShell';
import { Home } from './pages/Home';
import { NotFound } from './pages/NotFound';
import { RootRedirect } from './pages/RootRedirect';

// Urgent help is prerendered and kept offline as HTML: its script can arrive a moment later.
const Help = lazy(() => import('./pages/Help').then((m) => m.Help));
const Sources = lazy(() => import('./pages/Sources').then((m) => m.Sources));
const References = lazy(() => import('./pages/References').then((m) => m.References));
const About = lazy(() => import('./pages/About').then((m) => m.About));
const Settings = lazy(() => import('./pages/Settings').then((m) => m.Settings));
const Results = lazy(() => import('./pages/Results').then((m) => m.Results));
const Search = lazy(() => import('./pages/Search').then((m) => m.Search));
const FlowPage = lazy(() => import('./pages/flow/FlowPage').then((m) => m.FlowPage));

const lazyPages: Record<string, { preload: () => Promise<unknown> }> = { help: Help, sources: Sources, references: References, about: About, settings: Settings, results: Results, search: Search };

/**
 * Loads the code and data of the page at `path` before the app first draws it over the prerendered
 * HTML, so the page never waits (or blinks) halfway through being drawn.
 */
export function preloadPage(path: string): Promise<unknown> {
  const [, lang, page = '', flow = '', step] = path.split('/');
  if (!isLang(lang)) return Promise.resolve();
  if (page === 'flows' && flow) return Promise.all([FlowPage.preload(), preloadFlow(flow, lang, Boolean(step))]);
  return lazyPages[page]?.preload() ?? Promise.resolve();
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
            <Route path={APP_SHELL} component={AppShell} />
            {LANGS.flatMap((l) => [
              <Route key={`${l}-home`} path={`/${l}`} component={Home} />,
              <Route key={`${l}-help`} path={`/${l}/help`} component={Help} />,
              <Route key={`${l}-sources`} path={`/${l}/sources`} component={Sources} />,
              <Route key={`${l}-references`} path={`/${l}/references`} component={References} />,
              <Route key={`${l}-about`} path={`/${l}/about`} component={About} />,
              <Route key={`${l}-settings`} path={`/${l}/settings`} component={Settings} />,
              <Route key={`${l}-results`} path={`/${l}/results`} component={Results} />,
              <Route key={`${l}-search`} path={`/${l}/search`} component={Search} />,
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
