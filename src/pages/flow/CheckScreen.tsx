/** Check your answers: each answer with a Change link that returns here afterwards. */
import { PageTitle } from '../../components/PageTitle';
import { CHECK, encodeAnswers, stepBefore, type Walk } from '../../engine';
import { useHead } from '../../head';
import { useT } from '../../i18n';
import { stepHref } from '../../routes';
import type { FlowContext } from './context';
import { LinkProblem } from './LinkProblem';
import { AnswerList } from './AnswerList';

export function CheckScreen({ ctx, walk }: { ctx: FlowContext; walk: Walk }) {
  const { t } = useT();
  const { flow, lang, answers } = ctx;
  const encoded = encodeAnswers(flow, answers);
  useHead({ lang, title: `${t('flow.checkTitle')} · ${t(`${flow.id}:title`)}`, description: t(`${flow.id}:description`) });
  return (
    <>
      <LinkProblem ctx={ctx} />
      <PageTitle>{t('flow.checkTitle')}</PageTitle>
      <p>{t('flow.checkLead')}</p>
      <AnswerList ctx={ctx} walk={walk} changeable />
      <p class="actions">
        <a class="button" href={stepHref(lang, flow.id, walk.outcome!.id, encoded)}>
          {t('flow.seeResult')}
        </a>
      </p>
      <p>
        <a class="back-link" href={stepHref(lang, flow.id, stepBefore(flow, answers, CHECK), encoded)}>
          {t('flow.back')}
        </a>
      </p>
    </>
  );
}
