/**
 * The whole record, a paragraph per anchor (#P30), offline; the public sources have their own page.
 * In a language the record was not published in (Spanish), each paragraph is Rumbo's unofficial
 * translation, said so once at the top and under each paragraph, with the English original, the
 * source, one tap away. The original arrives after the page is drawn (the translated page does not
 * wait for it, nor carry it in its HTML), and is there before a person can open it.
 */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PageTitle } from '../components/PageTitle';
import { useHashTarget } from '../components/useHashTarget';
import { BackTo } from '../components/BackTo';
import { pageHref } from '../routes';
import { loadRecord, recordIsTranslated, useRecord } from '../data/content';
import { formatDate } from '../format';
import { useHead } from '../head';
import { addPageTexts, useT } from '../i18n';
import type { RecordBlock } from '../content/record';
import sourcesText from 'virtual:rumbo/page-text/sources';

// This page's own text (both languages) comes with its code, not with every page's common text.
addPageTexts(sourcesText);

type Original = { state: 'waiting' | 'failed' } | { state: 'ready'; text: Map<number, string> };

const paragraphTexts = (record: RecordBlock[]) => new Map(record.flatMap((b) => (b.kind === 'paragraph' ? [[b.n, b.text] as const] : [])));

let loadedOriginal: Map<number, string> | undefined;
let loadingOriginal: Promise<Map<number, string>> | undefined;
/** The English original of every paragraph, loaded once (it is precached: offline too); after a failure, the next tap tries again. */
const loadRecordOriginal = () =>
  (loadingOriginal ??= loadRecord().then(
    (m) => (loadedOriginal = paragraphTexts(m.record)),
    (error: unknown) => {
      loadingOriginal = undefined;
      throw error;
    },
  ));

/**
 * The English original of every paragraph, for a translated page: loaded once the page is drawn
 * (never while it is being taken over from the prerendered HTML, which has none of it).
 */
function useOriginal(wanted: boolean): [Original, () => void] {
  const [text, setText] = useState(() => loadedOriginal);
  const [failed, setFailed] = useState(false);
  const load = () => {
    if (!wanted || loadedOriginal) return;
    setFailed(false);
    loadRecordOriginal().then(setText, () => setFailed(true));
  };
  useEffect(load, [wanted]);
  return [text ? { state: 'ready', text } : { state: failed ? 'failed' : 'waiting' }, load];
}

export function Sources() {
  const { t, lang } = useT();
  const { record, meta } = useRecord(lang);
  const translated = recordIsTranslated(lang);
  const [original, loadOriginal] = useOriginal(translated);
  useHead({ lang, title: t('sources.title'), description: t('sources.lead'), rest: '/sources/' });
  const target = useHashTarget();
  const backTo = (n: number) => target?.from && target.id === `P${n}` && <BackTo href={target.from} />;
  return (
    <>
      <PageTitle>{t('sources.title')}</PageTitle>
      <section>
        <p>{t('sources.recordAbout', { report: meta.report, date: formatDate(meta.date, lang) })}</p>
        {translated && (
          <p class="translation-note">
            <strong>{t('sources.translation.label')}</strong>
            {` ${t('sources.translation.about')}`}
          </p>
        )}
        <ul class="legend">
          <li><span class="tag government">{t('sources.government')}</span>{` ${t('sources.governmentAbout')}`}</li>
          <li><span class="tag committee">{t('sources.committee')}</span>{` ${t('sources.committeeAbout')}`}</li>
        </ul>
        <div class="record" lang={translated ? lang : 'en'}>
          {record.map((b, i) =>
            b.kind === 'procedural' ? (
              <p key={i} class="procedural">{b.text}</p>
            ) : translated ? (
              <Fragment key={b.n}>
                <div id={`P${b.n}`} class={`para ${b.speaker}`}>
                  <p>
                    {/* One text node per run of text, as the prerendered HTML has them (nothing to redo when the app starts). */}
                    <strong>{`P${b.n}`}</strong>
                    {b.speaker !== 'other' && <> <span class={`tag ${b.speaker}`}>{t(`sources.${b.speaker}`)}</span></>}
                    {` ${b.text}`}
                  </p>
                  {/* Not read aloud: the page reads the translation, in its language; the original is for checking it. */}
                  <details class="original" data-no-read onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && loadOriginal()}>
                    <summary>{t('sources.translation.open')}</summary>
                    <p class="original-source">{t('sources.translation.source', { n: b.n })}</p>
                    {original.state === 'ready' && <p class="original-text" lang="en">{original.text.get(b.n)}</p>}
                    {original.state === 'failed' && (
                      <p>
                        <a href={`${pageHref('en', 'sources')}#P${b.n}`} hreflang="en">{t('sources.translation.elsewhere')}</a>
                      </p>
                    )}
                  </details>
                </div>
                {backTo(b.n)}
              </Fragment>
            ) : (
              <Fragment key={b.n}>
                <p id={`P${b.n}`} class={`para ${b.speaker}`}>
                  {/* One text node per run of text, as the prerendered HTML has them (nothing to redo when the app starts). */}
                  <strong>{`P${b.n}`}</strong>
                  {b.speaker !== 'other' && <> <span class={`tag ${b.speaker}`} lang={lang}>{t(`sources.${b.speaker}`)}</span></>}
                  {` ${b.text}`}
                </p>
                {backTo(b.n)}
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
