/** The answers given so far, optionally each with a Change link. */
import { encodeAnswers, type Walk } from '../../engine';
import { useT } from '../../i18n';
import { stepHref } from '../../routes';
import type { FlowContext } from './context';

export function AnswerList({ ctx, walk, changeable = false }: { ctx: FlowContext; walk: Walk; changeable?: boolean }) {
  const { t } = useT();
  const { flow, lang, answers } = ctx;
  const encoded = encodeAnswers(flow, answers);
  return (
    <dl class="answers">
      {walk.path.map(({ question, answer }) => {
        const ns = `${flow.id}:nodes.${question.id}`;
        return (
          <div class="answer-row" key={question.id}>
            <dt>{t(`${ns}.question`)}</dt>
            <dd>{answer.map((a) => t(`${ns}.options.${a}`)).join('; ')}</dd>
            {changeable && (
              <dd class="change">
                <a href={stepHref(lang, flow.id, question.id, encoded, { return: 'check' })}>
                  {t('flow.change')}
                  <span class="visually-hidden"> {t(`${ns}.question`)}</span>
                </a>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
