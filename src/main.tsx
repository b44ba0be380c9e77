/** Entry: hydrates the prerendered page in the browser, and prerenders every route at build time. */
import { hydrate, render } from 'preact';
import { App, preloadPage } from './app';
import { headElements, takeHead, fullTitle } from './head';
import { loadLanguage } from './i18n';
import { detectLanguage, savedLanguage } from './i18n/detect';
import { LANGS, cleanPath, langOf } from './routes';
import { applyTextSize, getSettings } from './settings';
import './styles/main.css';
import './styles/print.css';

function boot() {
  applyTextSize(getSettings());
  const root = document.getElementById('app')!;
  const here = location.pathname.replace(/\/?$/, '/');
  const [madePath, madeQuery = ''] = (document.querySelector<HTMLMetaElement>('meta[name="rumbo-path"]')?.content ?? '').split('?');
  if (madePath === here && location.search.replace(/^\?/, '') === madeQuery && root.firstElementChild) {
    hydrate(<App />, root);
  } else {
    // Another page's HTML (the not-found page, the offline app shell) or this step drawn with other
    // answers (a step page is prerendered in one sample state): draw over it, reusing what matches,
    // and keeping it on screen while the page's code loads, so nothing blinks or jumps.
    render(<App />, root);
  }
  // Connectivity, the install prompt and the service worker: in a task of their own, after the page is drawn.
  setTimeout(() => void import('./pwa/boot').then((m) => m.bootPwa()));
}

if (typeof window !== 'undefined') {
  // A mangled link (`//es/`, `/es/flows/%/`) is read as the address it meant, before anything reads
  // the address: the router turns it into a URL, and `//es/` would be the host "es".
  const clean = cleanPath(location.pathname);
  if (clean !== location.pathname) history.replaceState(history.state, '', clean + location.search + location.hash);
  // The page's language text and code first (the HTML is already on screen), then the app, in a
  // task of its own: not after the last module's evaluation, which would make one long task.
  const lang = langOf(location.pathname) ?? detectLanguage(savedLanguage(), navigator.languages ?? []);
  const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
  void Promise.all([loadLanguage(lang), preloadPage(location.pathname)]).then(nextTask, nextTask).then(boot);
}

export async function prerender(data: { url: string }) {
  const { default: ssr } = await import('preact-iso/prerender');
  const { sampleQuery } = await import('./pages/flow/sample-answers');
  await Promise.all(LANGS.map(loadLanguage));
  const query = await sampleQuery(data.url);
  const { html, links } = await ssr(<App url={data.url + query} />);
  const head = takeHead();
  if (!head) throw new Error(`The page ${data.url} did not set its head (useHead)`);
  const elements = headElements(head);
  // The path the HTML was made for, so the browser knows whether it can hydrate it.
  elements.add({ type: 'meta', props: { name: 'rumbo-path', content: data.url.replace(/\/?$/, '/') + query } });
  return { html, links, head: { lang: head.lang, title: fullTitle(head.title), elements } };
}
