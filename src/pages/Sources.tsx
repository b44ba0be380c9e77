/** The whole record, a paragraph per anchor (#P30), and the public sources (#S31), offline. */
import { useEffect } from 'preact/hooks';
import { seen } from 'virtual:rumbo/facts';
import { PageTitle } from '../components/PageTitle';
import { useRecord } from '../data/content';
import { formatDate } from '../format';
import { useHead } from '../head';
import { useT } from '../i18n';

export function Sources() {
  const { t, lang } = useT();
  const { record, meta, sources } = useRecord();
  useHead({ lang, title: t('sources.title'), description: t('sources.lead'), rest: '/sources/' });
  useEffect(() => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    target.classList.add('targeted');
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }, []);
  return (
    <>
      <PageTitle>{t('sources.title')}</PageTitle>
      <p class="lead">{t('sources.lead')}</p>
      <section aria-labelledby="record-title">
        <h2 id="record-title">{t('sources.recordTitle')}</h2>
        <p>{t('sources.recordAbout', { report: meta.report, date: formatDate(meta.date, lang) })}</p>
        <ul class="legend">
          <li><span class="tag government">{t('sources.government')}</span> {t('sources.governmentAbout')}</li>
          <li><span class="tag committee">{t('sources.committee')}</span> {t('sources.committeeAbout')}</li>
        </ul>
        <div class="record" lang="en">
          {record.map((b, i) =>
            b.kind === 'procedural' ? (
              <p key={i} class="procedural"><em>{b.text}</em></p>
            ) : (
              <article key={b.n} id={`P${b.n}`} tabIndex={-1} class={`para ${b.speaker}`} aria-labelledby={`P${b.n}-label`}>
                <p class="para-head" id={`P${b.n}-label`} lang={lang}>
                  <a href={`#P${b.n}`} class="para-n">P{b.n}</a>{' '}
                  {b.speaker !== 'other' && <span class={`tag ${b.speaker}`}>{t(`sources.${b.speaker}`)}</span>}
                </p>
                <p>{b.text}</p>
              </article>
            ),
          )}
        </div>
      </section>
      <section aria-labelledby="public-title">
        <h2 id="public-title">{t('sources.publicTitle')}</h2>
        <p>{t('sources.publicAbout', { date: formatDate(seen, lang) })}</p>
        <ul class="public-sources">
          {sources.map((s) => (
            <li key={s.id} id={s.id} tabIndex={-1}>
              <strong>{s.id}</strong> {s.title}
              {s.date && <> ({s.date})</>}
              <br />
              <a href={s.url} target="_blank" rel="noopener noreferrer" class="url">{s.url}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
