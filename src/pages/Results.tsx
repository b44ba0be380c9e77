/**
 * The caseworker index: every outcome of every flow, grouped by service, each opening its outcome
 * page directly; filtered by title as you type (accents and capitals ignored).
 */
import { useState } from 'preact/hooks';
import { catalog } from 'virtual:rumbo/catalog';
import { outcomes } from 'virtual:rumbo/outcomes';
import { PageTitle } from '../components/PageTitle';
import { useHead } from '../head';
import { addPageTexts, useT } from '../i18n';
import { stepHref } from '../routes';

import { fold } from '../search/options';
import resultsText from 'virtual:rumbo/page-text/results';

// This page's own text (both languages) comes with its code, not with every page's common text.
addPageTexts(resultsText);

export function Results() {
  const { t, lang } = useT();
  const [query, setQuery] = useState('');
  useHead({ lang, title: t('results.title'), description: t('results.lead'), rest: '/results/' });
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = (text: string) => words.every((w) => fold(text).includes(w));
  const groups = catalog
    .map((f) => ({ flow: f, items: outcomes.filter((o) => o.flow === f.id && (matches(o.title[lang] ?? '') || matches(t(`catalog.${f.id}.title`)))) }))
    .filter((g) => g.items.length > 0);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <>
      <PageTitle>{t('results.title')}</PageTitle>
      <p class="lead">{t('results.lead')}</p>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label class="select-label" for="results-filter">{t('results.filter')}</label>
        <input id="results-filter" class="text-input" type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} autocomplete="off" />
      </form>
      <p role="status" class="meta">{t('results.count', { count })}</p>
      {groups.map(({ flow, items }) => (
        <section key={flow.id} aria-labelledby={`results-${flow.id}`}>
          <h2 id={`results-${flow.id}`}>{t(`catalog.${flow.id}.title`)}</h2>
          <ul class="bullets">
            {items.map((o) => (
              <li key={o.outcome}>
                <a href={stepHref(lang, o.flow, o.outcome)}>{o.title[lang]}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
