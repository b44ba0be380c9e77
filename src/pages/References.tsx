/** The public sources behind contacts and facts (#S31), with their addresses and the date seen. */
import { PageTitle } from '../components/PageTitle';
import { useHashTarget } from '../components/useHashTarget';
import { BackTo } from '../components/BackTo';
import { useReferences } from '../data/content';
import { formatDate } from '../format';
import { useHead } from '../head';
import { addPageTexts, useT } from '../i18n';
import { pageHref } from '../routes';
import sourcesText from 'virtual:rumbo/page-text/sources';

// This page's own text (both languages) comes with its code, not with every page's common text.
addPageTexts(sourcesText);

export function References() {
  const { t, lang } = useT();
  const { sources, seen } = useReferences();
  useHead({ lang, title: t('sources.publicTitle'), description: t('sources.publicAbout', { date: formatDate(seen, lang) }), rest: '/references/' });
  const target = useHashTarget();
  return (
    <>
      <PageTitle>{t('sources.publicTitle')}</PageTitle>
      <p class="lead">{t('sources.publicAbout', { date: formatDate(seen, lang) })}</p>
      <p><a href={pageHref(lang, 'sources')}>{t('sources.recordLink')}</a></p>
      <ul class="public-sources">
        {sources.map((s) => (
          <li key={s.id} id={s.id}>
            <strong>{s.id}</strong>{' '}
            <span lang={s.lang && s.lang !== lang ? s.lang : undefined}>{`${s.title}${s.date ? ` (${s.date})` : ''}`}</span>
            <br />
            <a href={s.url} target="_blank" rel="noopener noreferrer" class="url">{s.url}</a>
            {target?.from && target.id === s.id && <BackTo href={target.from} />}
          </li>
        ))}
      </ul>
    </>
  );
}
