/** Entry: hydrates the prerendered page in the browser, and prerenders every route at build time. */
import { hydrate, render } from 'preact';
import { App } from './app';
import { headElements, takeHead, fullTitle } from './head';
import { loadLanguage } from './i18n';
import { detectLanguage, savedLanguage } from './i18n/detect';
import { LANGS, langOf } from './routes';
import { applyTextSize, getSettings } from './settings';
import './styles/main.css';

function boot() {
  applyTextSize(getSettings());
  const root = document.getElementById('app')!;
  const here = location.pathname.replace(/\/?$/, '/');
  const madeFor = document.querySelector<HTMLMetaElement>('meta[name="rumbo-path"]')?.content;
  // Hydrate only when the prerendered HTML is this very page; otherwise (a step in the query, the
  // not-found page served for another path) render afresh.
  if (madeFor === here && !location.search && root.firstElementChild) {
    hydrate(<App />, root);
  } else {
    root.textContent = '';
    render(<App />, root);
  }
  void import('./pwa/boot').then((m) => m.bootPwa());
}

if (typeof window !== 'undefined') {
  // The page's language text first (the HTML is already on screen), then the app.
  const lang = langOf(location.pathname) ?? detectLanguage(savedLanguage(), navigator.languages ?? []);
  void loadLanguage(lang).then(boot, boot);
}

export async function prerender(data: { url: string }) {
  const { default: ssr } = await import('preact-iso/prerender');
  await Promise.all(LANGS.map(loadLanguage));
  const { html, links } = await ssr(<App url={data.url} />);
  const head = takeHead();
  if (!head) throw new Error(`The page ${data.url} did not set its head (useHead)`);
  const elements = headElements(head);
  // The path the HTML was made for, so the browser knows whether it can hydrate it.
  elements.add({ type: 'meta', props: { name: 'rumbo-path', content: data.url.replace(/\/?$/, '/') } });
  return { html, links, head: { lang: head.lang, title: fullTitle(head.title), elements } };
}
