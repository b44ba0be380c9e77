/** The whole record, a paragraph per anchor (#P30), offline; the public sources have their own page. */
import { Fragment } from 'preact';
import { PageTitle } from '../components/PageTitle';
import { useHashTarget } from '../components/useHashTarget';
import { BackTo } from '../components/BackTo';
import { pageHref } from '../routes';
import { useRecord } from '../data/content';
import { formatDate } from '../format';
import { useHead } from '../head';
import { addPageTexts, useT } from '../i18n';
import sourcesText from 'virtual:rumbo/page-text/sources';

// This page's own text (both languages) comes with its code, not with every page's common text.
addPageTexts(sourcesText);

export function Sources() {
  const { t, lang } = useT();
  const { record, meta } = useRecord();
  useHead({ lang, title: t('sources.title'), description: t('sources.lead'), rest: '/sources/' });
  const target = useHashTarget();
  return (
    <>
      <PageTitle>{t('sources.title')}</PageTitle>
      <section>
        <p>{t('sources.recordAbout', { report: meta.report, date: formatDate(meta.date, lang) })}</p>
        <ul class="legend">
          <li><span class="tag government">{t('sources.government')}</span>{` ${t('sources.governmentAbout')}`}</li>
          <li><span class="tag committee">{t('sources.committee')}</span>{` ${t('sources.committeeAbout')}`}</li>
        </ul>
        <div class="record" lang="en">
          {record.map((b, i) =>
            b.kind === 'procedural' ? (
              <p key={i} class="procedural">{b.text}</p>
            ) : (
              <Fragment key={b.n}>
                <p id={`P${b.n}`} class={`para ${b.speaker}`}>
                  {/* One text node per run of text, as the prerendered HTML has them (nothing to redo when the app starts). */}
                  <strong>{`P${b.n}`}</strong>
                  {b.speaker !== 'other' && <> <span class={`tag ${b.speaker}`} lang={lang}>{t(`sources.${b.speaker}`)}</span></>}
                  {` ${b.text}`}
                </p>
                {target?.from && target.id === `P${b.n}` && <BackTo href={target.from} />}
              </Fragment>
            ),
          )}
        </div>
      </section>
      <p>
        <a href={pageHref(lang, 'references')}>{t('sources.publicLink')}</a>
      </p>
    </>
  );
}
