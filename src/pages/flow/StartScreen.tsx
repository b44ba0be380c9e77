/** A flow's start page: what it helps with, how many questions at most, what to have at hand. */
import { PageTitle } from '../../components/PageTitle';
import { SourceRefs } from '../../components/SourceRefs';
import { encodeAnswers, maxQuestions } from '../../engine';
import { formatDate } from '../../format';
import { useHead } from '../../head';
import { useT } from '../../i18n';
import { stepHref } from '../../routes';
import type { FlowContext } from './context';
import { LinkProblem } from './LinkProblem';

export function StartScreen({ ctx }: { ctx: FlowContext }) {
  const { t } = useT();
  const { flow, lang } = ctx;
  const ns = `${flow.id}:`;
  useHead({ lang, title: t(`${ns}title`), description: t(`${ns}description`), rest: `/flows/${flow.id}/` });
  return (
    <>
      <LinkProblem ctx={ctx} />
      <PageTitle>{t(`${ns}title`)}</PageTitle>
      <p class="lead">{t(`${ns}description`)}</p>
      <p>{t(`${ns}start.intro`)}</p>
      <p class="meta-strong">{t('flow.atMost', { count: maxQuestions(flow) })}</p>
      {flow.prepare && (
        <>
          <h2>{t('flow.prepare')}</h2>
          <ul class="bullets">
            {flow.prepare.map((p) => (
              <li key={p}>{t(`${ns}start.prepare.${p}`)}</li>
            ))}
          </ul>
        </>
      )}
      <p class="actions">
        <a class="button start" href={stepHref(lang, flow.id, flow.start, encodeAnswers(flow, ctx.answers))}>
          {t('flow.start')}
        </a>
      </p>
      <p class="meta">
        {`${t('flow.reviewed', { date: formatDate(flow.reviewed, lang) })} · ${t('flow.basedOn')} `}
        <SourceRefs refs={flow.sources} />
      </p>
    </>
  );
}
