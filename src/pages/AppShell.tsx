/**
 * The offline app shell (/app-shell.html): the service worker serves it for any page it has no
 * prerendered copy of, and the app then draws the requested page. Opened directly, it goes home.
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
