/** The search box: on the home page it opens the search page; there, results follow as you type. */
import { useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { addPageTexts, useT } from '../i18n';
import { pageHref } from '../routes';
import { getSettings } from '../settings';
import searchText from 'virtual:rumbo/page-text/search';

// The search text (both languages: the form and the search page) comes with this code, not with
// every page's common text.
addPageTexts(searchText);

export function SearchForm({ initial = '', live = false }: { initial?: string; live?: boolean }) {
  const { t, lang } = useT();
  const { route } = useLocation();
  const timer = useRef(0);
  const action = pageHref(lang, 'search');
  // At a help desk a search leaves no history entry either (the next person could go Back to it).
  const go = (q: string, replace: boolean) =>
    route(q.trim() ? `${action}?q=${encodeURIComponent(q.trim())}` : action, replace || getSettings().helpDesk);
  return (
    <form
      role="search"
      class="search-form"
      action={action}
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        go(new FormData(e.currentTarget as HTMLFormElement).get('q')?.toString() ?? '', live);
      }}
    >
      <label for={live ? 'search-q' : 'home-search-q'} class="select-label">{t('search.label')}</label>
      <div class="search-row">
        <input
          id={live ? 'search-q' : 'home-search-q'}
          class="text-input"
          type="search"
          name="q"
          value={initial}
          autocomplete="off"
          enterkeyhint="search"
          onInput={live ? (e) => {
            const value = (e.currentTarget as HTMLInputElement).value;
            clearTimeout(timer.current);
            timer.current = window.setTimeout(() => go(value, true), 250);
          } : undefined}
        />
        <button type="submit" class="button">{t('search.action')}</button>
      </div>
    </form>
  );
}
