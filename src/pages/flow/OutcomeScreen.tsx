/**
 * The outcome: the answer first, then what to do, what to bring, where to go, what is good to know,
 * sources, the date the information was checked, and the not-legal-advice notice.
 */
import { contacts } from 'virtual:rumbo/facts';
import { useEffect, useState } from 'preact/hooks';
import { catalog } from 'virtual:rumbo/catalog';
import { PageTitle } from '../../components/PageTitle';
import { Dual } from '../../components/Dual';
import { ReadAloud } from '../../components/ReadAloud';
import { ContactCard } from '../../components/ContactCard';
import { SourceRefs } from '../../components/SourceRefs';
import { ServiceList } from '../../components/ServiceList';
import { UrgentCard } from '../../components/UrgentCard';
import { useFactsText } from '../../data/content';
import { encodeAnswers, isUrgent, recommendedFlows, stepBefore, type Screen } from '../../engine';
import { formatDate, monthsBetween } from '../../format';
import { useHead } from '../../head';
import { useT } from '../../i18n';
import { flowHref, LANGS, pageHref, stepHref } from '../../routes';
import { useSettings } from '../../settings';
import type { Item } from '../../content/schema';
import { deferred } from '../../components/deferred';
import type { FlowContext } from './context';
import { AnswerList } from './AnswerList';
import { LinkProblem } from './LinkProblem';

// Print, share and QR need the browser: loaded once the page works, not in the prerendered HTML.
const ShareTools = deferred(() => import('./ShareTools').then((m) => m.default));

type OutcomeView = Extract<Screen, { kind: 'outcome' }>;

/**
 * False when prerendering and while the app takes over the prerendered page, true from the next
 * render: for what only the browser draws, so taking over the page stays a short task.
 */
function useDrawn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => setDrawn(true), []);
  return drawn;
}

export function OutcomeScreen({ ctx, screen }: { ctx: FlowContext; screen: OutcomeView }) {
  const { t } = useT();
  const { flow, lang } = ctx;
  const o = screen.outcome;
  const ns = `${flow.id}:nodes.${o.id}`;
  const { bilingual } = useSettings();
  useFactsText(lang, bilingual ? LANGS.find((l) => l !== lang) : undefined);
  useHead({ lang, title: `${t(`${ns}.title`)} · ${t(`${flow.id}:title`)}`, description: t(`${ns}.summary`) });
  const stale = monthsBetween(flow.reviewed, new Date()) >= 6;
  const line = (list: 'steps' | 'bring' | 'rights', item: Item) => (
    <>
      <Dual k={`${ns}.${list}.${item.id}`} />
      {item.sources && (
        <span class="cite">
          {' '}
          <SourceRefs refs={item.sources} brackets />
        </span>
      )}
    </>
  );
  const outcomeContacts = (o.contacts ?? []).map((id) => contacts.find((c) => c.id === id)!).filter(Boolean);
  const recommended = recommendedFlows(o, screen.walk.answers);
  const urgent = isUrgent(o, screen.walk.answers);
  const related = flow.related ?? [];
  const drawn = useDrawn();
  const whereToGo = outcomeContacts.length > 0 && (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('flow.contacts')}</h2>
      <ul class="contacts">{outcomeContacts.map((c) => <ContactCard key={c.id} contact={c} headingLevel={3} />)}</ul>
    </section>
  );
  return (
    <article class="outcome">
      {/* A result opened with answers that could not be read: one notice, with the way forward. */}
      {screen.direct && ctx.problem === 'answers' ? (
        <div class="notice warning" role="note">
          <p>
            {t('flow.badAnswersResult')} <a href={flowHref(lang, flow.id)}>{t('flow.directLink')}</a>
          </p>
        </div>
      ) : (
        <LinkProblem ctx={ctx} />
      )}
      <p class="kicker">{t(`${flow.id}:title`)}</p>
      <PageTitle><Dual k={`${ns}.title`} /></PageTitle>
      {/* A person in danger now finds who to call, with its call button, right under the answer. */}
      {urgent && whereToGo}
      <p class="lead"><Dual k={`${ns}.summary`} /></p>
      <ReadAloud target="article.outcome" />
      {screen.direct && ctx.problem !== 'answers' && (
        <div class="notice" role="note">
          <p>
            {t('flow.direct')} <a href={flowHref(lang, flow.id)}>{t('flow.directLink')}</a>
          </p>
        </div>
      )}
      {/* The other urgent numbers come after this result's own. */}
      {urgent && <UrgentCard lang={lang} />}
      {/* What fits these answers; when nothing does (every `when` false), the flow's related guides instead. */}
      {recommended.length > 0 && (
        <section aria-labelledby="fits-title">
          <h2 id="fits-title">{t('flow.fits')}</h2>
          <ServiceList lang={lang} only={recommended} />
        </section>
      )}
      {o.steps && (
        <section aria-labelledby="steps-title">
          <h2 id="steps-title">{t('flow.steps')}</h2>
          <ol class="steps">{o.steps.map((s) => <li key={s.id}>{line('steps', s)}</li>)}</ol>
        </section>
      )}
      {o.bring && (
        <section aria-labelledby="bring-title">
          <h2 id="bring-title">{t(o.bringTitle ? `${ns}.bringTitle` : 'flow.bring')}</h2>
          <ul class="checklist">
            {o.bring.map((b) => (
              <li key={b.id}>
                <label class="choice">
                  <input type="checkbox" />
                  <span>{line('bring', b)}</span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!urgent && whereToGo}
      {o.rights && (
        <section aria-labelledby="rights-title">
          <h2 id="rights-title">{t('flow.rights')}</h2>
          <ul class="bullets">{o.rights.map((r) => <li key={r.id}>{line('rights', r)}</li>)}</ul>
        </section>
      )}
      <section aria-labelledby="sources-title" class="sources-box">
        <h2 id="sources-title">{t('flow.sources')}</h2>
        <p>
          {`${t('flow.sourcesLead')} `}
          <SourceRefs refs={o.sources} />
          {'. '}
          <a href={pageHref(lang, 'sources')}>{t('flow.allSources')}</a>
        </p>
        <p class="meta-strong">{t('flow.reviewed', { date: formatDate(flow.reviewed, lang) })}</p>
        {stale && <p class="notice warning">{t('flow.stale')}</p>}
        <p>{t('notice.general')}</p>
      </section>
      {/* The person's own answers: never in the prerendered page, which is drawn with sample answers. */}
      {!screen.direct && screen.walk.path.length > 0 && drawn && (
        <details class="your-answers no-print">
          <summary>{t('flow.yourAnswers')}</summary>
          <AnswerList ctx={ctx} walk={screen.walk} />
        </details>
      )}
      <ShareTools path={stepHref(lang, flow.id, o.id, encodeAnswers(flow, ctx.answers))} title={`${t(`${ns}.title`)} · Rumbo`}
        sheet={{ flow, outcome: o, walk: screen.walk, direct: screen.direct, urgent, recommended }}
      />
      <p class="actions">
        <a class="button secondary" href={stepHref(lang, flow.id, null)}>{t('flow.again')}</a>
        {!screen.direct && (
          <a class="link" href={stepHref(lang, flow.id, stepBefore(flow, ctx.answers, o.id), encodeAnswers(flow, ctx.answers))}>{t('flow.back')}</a>
        )}
      </p>
      {related.length > 0 && recommended.length === 0 && (
        <section aria-labelledby="related-title" class="no-print">
          <h2 id="related-title">{t('flow.related')}</h2>
          <ServiceList lang={lang} only={related.filter((id) => catalog.some((c) => c.id === id))} />
        </section>
      )}
    </article>
  );
}
