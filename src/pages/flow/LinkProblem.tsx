/** Tells the person when a link could not be followed exactly, and where they have been taken. */
import { useT } from '../../i18n';
import type { FlowContext } from './context';

export function LinkProblem({ ctx }: { ctx: FlowContext }) {
  const { t } = useT();
  if (!ctx.problem) return null;
  return (
    <div class="notice warning" role="note">
      <p>{t(ctx.problem === 'answers' ? 'flow.badAnswers' : 'flow.movedStep')}</p>
    </div>
  );
}
