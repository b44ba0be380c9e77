/**
 * Offline search at /{lang}/search/?q=: flows, questions, outcomes (their steps, what to bring and
 * what is good to know too) and the glossary, in the page's language, accent- and case-insensitive,
 * each word to its stem ("trabajar" finds "trabajo"), with prefixes and small typos. The index
 * (built at build time) and the language's stemmer load only when a search is made.
 */
import { useLocation } from 'preact-iso';
import type MiniSearch from 'minisearch';
import { UrgentCard } from '../components/UrgentCard';
import { PageTitle } from '../components/PageTitle';
import { SearchForm } from '../components/SearchForm';
import { useEffect, useState } from 'preact/hooks';
import { useHead } from '../head';
import { useT } from '../i18n';
import { LANGS, START_FLOW, flowHref, pageHref, stepHref, type Lang } from '../routes';
import { STEMMERS, indexOptions, searchHits, type SearchDoc } from '../search/options';

const indexes: Record<Lang, () => Promise<{ index: string }>> = {
  es: () => import('virtual:rumbo/search/es'),
  en: () => import('virtual:rumbo/search/en'),
};

const loaded: Partial<Record<Lang, MiniSearch<SearchDoc>>> = {};

/** The index, loaded (once per language) without hiding the page while it loads. */
function useIndex(lang: Lang, wanted: boolean): MiniSearch<SearchDoc> | undefined {
  const [, setReady] = useState(0);
  useEffect(() => {
    if (!wanted || loaded[lang]) return;
    let live = true;
    void Promise.all([import('minisearch'), indexes[lang](), STEMMERS[lang]()]).then(([{ default: MS }, { index }, stem]) => {
      loaded[lang] = MS.loadJSON<SearchDoc>(index, indexOptions(stem));
      if (live) setReady((n) => n + 1);
    });
    return () => void (live = false);
  }, [lang, wanted]);
  return loaded[lang];
}

type Hit = Pick<SearchDoc, 'id' | 'kind' | 'flow' | 'step' | 'title'>;

export function Search() {
  const { t, lang } = useT();
  const { query } = useLocation();
  const q = (query.q ?? '').trim().slice(0, 100);
  const index = useIndex(lang, q.length > 0);
  useHead({ lang, title: q ? t('search.titleFor') : t('search.title'), description: t('search.lead'), rest: '/search/' });
  const hits = (index && q ? (searchHits(index, q) as unknown as Hit[]) : []).slice(0, 30);
  const flowTitle = (id: string) => t(`catalog.${id}.title`);
  const other = LANGS.find((l) => l !== lang)!;
  const href = (h: Hit) => (h.kind === 'outcome' && h.step ? stepHref(lang, h.flow, h.step) : flowHref(lang, h.flow));
  return (
    <>
      <PageTitle>{t('search.title')}</PageTitle>
      <SearchForm initial={q} live />
      <p role="status" class="meta">
        {q ? (index ? t('search.count', { count: hits.length }) : t('search.loading')) : null}
      </p>
      {/* Nothing found: a way on, and urgent help for a person who searched in distress. */}
      {q && index && hits.length === 0 ? (
        <>
          <p>{t('search.none')}</p>
          <p><a class="button secondary" href={flowHref(lang, START_FLOW)}>{`${t('home.startTitle')} ${t('home.startAction')}`}</a></p>
          {/* Words in the other language (a caseworker, a mixed sentence): the same search there. */}
          <p><a href={`${pageHref(other, 'search')}?q=${encodeURIComponent(q)}`} hreflang={other}>{t('search.otherLanguage')}</a></p>
          <UrgentCard lang={lang} />
        </>
      ) : null}
      {hits.length > 0 && (
        <ul class="results">
          {hits.map((h) => (
            <li key={h.id}>
              <a href={href(h)}>{h.title}</a>
              <span class="meta">
                {t(`search.kind.${h.kind}`)}
                {h.kind !== 'flow' && ` · ${flowTitle(h.flow)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
