/** One flow: the URL's step and answers decide the screen (start, question, check, outcome). */
import { decodeAnswers, resolveStep } from '../../engine';
import { useFlow } from '../../data/content';
import { useT } from '../../i18n';
import { NotFound } from '../NotFound';
import { StartScreen } from './StartScreen';
import { QuestionScreen } from './QuestionScreen';
import { CheckScreen } from './CheckScreen';
import { OutcomeScreen } from './OutcomeScreen';
import type { FlowContext } from './context';

interface Props {
  params: { flow?: string };
  query: Record<string, string | undefined>;
}

export function FlowPage({ params, query }: Props) {
  const { lang } = useT();
  const flow = useFlow(params.flow ?? '', lang);
  if (!flow) return <NotFound />;
  const decoded = decodeAnswers(flow, query.a);
  const { screen, moved } = resolveStep(flow, query.step ?? null, decoded.answers);
  const ctx: FlowContext = {
    flow,
    lang,
    answers: decoded.answers,
    returnToCheck: query.return === 'check',
    problem: !decoded.ok ? 'answers' : moved ? 'step' : undefined,
  };
  switch (screen.kind) {
    case 'start':
      return <StartScreen ctx={ctx} />;
    case 'question':
      return <QuestionScreen key={screen.question.id} ctx={ctx} screen={screen} />;
    case 'check':
      return <CheckScreen ctx={ctx} walk={screen.walk} />;
    case 'outcome':
      return <OutcomeScreen ctx={ctx} screen={screen} />;
  }
}
