/**
 * The printed referral sheet: the result as a person can use it on paper, in the language the
 * caseworker chose for it (not necessarily the page's). The answer and its QR code first, then what
 * to do, what to bring, where to go (numbers and bare web addresses, no buttons), what is good to
 * know, the sources and the person's answers; no related cards, links or buttons. With the bilingual
 * view on, each line is followed by the same line in the other language, at the same size and
 * weight (black on white). Hidden on screen; drawn only when printing (print.css).
 */
import type { ComponentChildren } from 'preact';
import { contacts } from 'virtual:rumbo/facts';
import { catalog } from 'virtual:rumbo/catalog';
import { QrCode } from '../../components/QrCode';
import type { Flow, Item, Outcome } from '../../content/schema';
import type { Walk } from '../../engine';
import { formatDate, formatPhone, monthsBetween } from '../../format';
import { i18n } from '../../i18n';
import type { Lang } from '../../routes';

/** What the result screen knows and the sheet shows. */
export interface SheetData {
  flow: Flow;
  outcome: Outcome;
  walk: Walk;
  direct: boolean;
  urgent: boolean;
  recommended: readonly string[];
}

type Tx = (key: string, options?: Record<string, unknown>) => string;

export function PrintSheet({ data, lang, second, url, qr }: { data: SheetData; lang: Lang; second?: Lang; url: string; qr: boolean }) {
  const { flow, outcome: o, walk, direct, urgent, recommended } = data;
  const tx = (l: Lang): Tx => (key, options) => i18n.t(key, { ...options, lng: l });
  const t = tx(lang);
  /** A line in the sheet's language, then (bilingual view) the same line in the other language. */
  const both = (text: (t: Tx, l: Lang) => string, after?: ComponentChildren) => (
    <>
      {text(t, lang)}
      {after}
      {second && (
        <span class="sheet-second" lang={second}>
          {text(tx(second), second)}
        </span>
      )}
    </>
  );
  const ns = `${flow.id}:nodes.${o.id}`;
  const today = new Date().toISOString().slice(0, 10);
  const cite = (refs?: readonly string[]) => refs && <span class="cite"> ({refs.join(', ')})</span>;
  const heading = (key: string) => <p class="sheet-h2">{both((t) => t(key))}</p>;
  const items = (list: 'steps' | 'bring' | 'rights', entries: readonly Item[]) =>
    entries.map((item) => <li key={item.id}>{both((t) => t(`${ns}.${list}.${item.id}`), cite(item.sources))}</li>);
  const found = (o.contacts ?? []).flatMap((id) => contacts.filter((c) => c.id === id));
  const whereToGo = found.length > 0 && (
    <section class="sheet-section">
      {heading('flow.contacts')}
      <ul class="sheet-contacts">
        {found.map((c) => {
          const key = `facts:contacts.${c.id}`;
          return (
            <li key={c.id} class="sheet-contact">
              <p class="sheet-name">{both((t) => t(`${key}.name`))}</p>
              <p>{both((t) => t(`${key}.who`))}</p>
              {c.phone && (
                <p class="sheet-call">
                  {both((t) =>
                    [t('contact.call', { number: formatPhone(c.phone!) }), c.option && t('contact.option', { option: c.option }), c.free && t('contact.free')]
                      .filter(Boolean)
                      .join(' · '),
                  )}
                </p>
              )}
              {c.url && <p class="sheet-url">{c.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</p>}
              {!c.phone && c.free && <p>{both((t) => t('contact.free'))}</p>}
              {c.status === 'partial' && <p class="sheet-caveat">{both((t) => t(`${key}.caveat`))}</p>}
              <p class="sheet-meta">{both((t, l) => `${t('contact.source')} ${c.sources.join(', ')} · ${t('contact.seen', { date: formatDate(c.seen, l) })}`)}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
  return (
    <div class="print-sheet" lang={lang}>
      {qr && (
        <figure class="sheet-qr">
          <QrCode text={url} label={t('share.qrLabel')} size={132} />
          <figcaption>{both((t) => t('share.qrCaption'))}</figcaption>
        </figure>
      )}
      <p class="sheet-kicker">{both((t) => `Rumbo · ${t(`${flow.id}:title`)}`)}</p>
      <p class="sheet-h1">{both((t) => t(`${ns}.title`))}</p>
      <p class="sheet-lead">{both((t) => t(`${ns}.summary`))}</p>
      {urgent && whereToGo}
      {recommended.length > 0 && (
        <section class="sheet-section">
          {heading('flow.fits')}
          <ol class="sheet-list">
            {recommended.flatMap((id) => catalog.filter((c) => c.id === id)).map((c) => (
              <li key={c.id}>{both((t) => `${t(`catalog.${c.id}.title`)}: ${t(`catalog.${c.id}.description`)}`)}</li>
            ))}
          </ol>
        </section>
      )}
      {o.steps && (
        <section class="sheet-section">
          {heading('flow.steps')}
          <ol class="sheet-list">{items('steps', o.steps)}</ol>
        </section>
      )}
      {o.bring && (
        <section class="sheet-section">
          {heading(o.bringTitle ? `${ns}.bringTitle` : 'flow.bring')}
          <ul class="sheet-list sheet-check">{items('bring', o.bring)}</ul>
        </section>
      )}
      {!urgent && whereToGo}
      {o.rights && (
        <section class="sheet-section">
          {heading('flow.rights')}
          <ul class="sheet-list">{items('rights', o.rights)}</ul>
        </section>
      )}
      <section class="sheet-section sheet-sources">
        <p>{both((t) => `${t('flow.sourcesLead')} ${o.sources.join(', ')}.`)}</p>
        <p>{both((t, l) => t('flow.reviewed', { date: formatDate(flow.reviewed, l) }))}</p>
        {monthsBetween(flow.reviewed, new Date()) >= 6 && <p>{both((t) => t('flow.stale'))}</p>}
        <p>{both((t) => t('notice.general'))}</p>
      </section>
      {!direct && walk.path.length > 0 && (
        <section class="sheet-section sheet-answers">
          <p class="sheet-printed">{both((t, l) => t('share.printedOn', { date: formatDate(today, l) }))}</p>
          <dl>
            {walk.path.map(({ question, answer }) => {
              const q = `${flow.id}:nodes.${question.id}`;
              return (
                <div key={question.id}>
                  <dt>{both((t) => t(`${q}.question`))}</dt>
                  <dd>{both((t) => answer.map((a) => t(`${q}.options.${a}`)).join('; '))}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      )}
    </div>
  );
}
