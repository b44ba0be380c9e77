/**
 * The app shell of a language (/es/app-shell/, /en/app-shell/): the service worker serves it for any
 * page it keeps no prerendered copy of, with the page's title written in (src/build/offline-shell.ts),
 * and the app then draws the requested page. Opened directly, it goes home.
 */
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useHead } from '../head';
import { useT } from '../i18n';
import { homeHref } from '../routes';

export function AppShell() {
  const { lang } = useT();
  const { route } = useLocation();
  useHead({ lang, title: 'Rumbo', description: '' });
  useEffect(() => route(homeHref(lang), true), []);
  // A screen-tall placeholder: the footer waits below the fold, so nothing jumps when the page is drawn.
  return <p class="meta app-shell">Rumbo</p>;
}
