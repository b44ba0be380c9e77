/** One flow: the URL's step and answers decide the screen (start, question, check, outcome). */
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { decodeAnswers, resolveStep } from '../../engine';
import { useFlow } from '../../data/content';
import { useSettings } from '../../settings';
import { LANGS, stepHref } from '../../routes';
import { useT } from '../../i18n';
import { NotFound } from '../NotFound';
import { StartScreen } from './StartScreen';
import { QuestionScreen } from './QuestionScreen';
import { CheckScreen } from './CheckScreen';
import { OutcomeScreen } from './OutcomeScreen';
import type { FlowContext } from './context';
import { QuickExit } from '../../components/QuickExit';
import { replacingClicks } from '../../components/replaceLinks';
import { ResumeKeeper } from './ResumeKeeper';

interface Props {
  params: { flow?: string; step?: string };
  query: Record<string, string | undefined>;
}

export function FlowPage({ params, query }: Props) {
  const { lang } = useT();
  const { route, url } = useLocation();
  const flow = useFlow(params.flow ?? '', lang);
  const { bilingual } = useSettings();
  // The bilingual view needs the flow's text in the other language too.
  useFlow(bilingual && flow ? params.flow ?? '' : '', LANGS.find((l) => l !== lang)!);
  // Links from before steps had folders of their own (`?step=x`) still work, and are rewritten.
  const legacy = !params.step && query.step ? query.step : undefined;
  useEffect(() => {
    if (flow && legacy) route(stepHref(lang, flow.id, legacy, query.a ?? '', query.return ? { return: query.return } : {}), true);
  }, [url]);
  if (!flow) return <NotFound />;
  const decoded = decodeAnswers(flow, query.a);
  const { screen, moved } = resolveStep(flow, params.step ?? legacy ?? null, decoded.answers);
  const ctx: FlowContext = {
    flow,
    lang,
    answers: decoded.answers,
    returnToCheck: query.return === 'check',
    problem: !decoded.ok ? 'answers' : moved ? 'step' : undefined,
  };
  // In sensitive flows every in-flow link replaces the history entry instead of adding one.
  return (
    <div onClick={flow.quickExit ? replacingClicks(route) : undefined}>
      <ResumeKeeper flow={flow.id} finished={screen.kind === 'outcome'} active={screen.kind !== 'start' && !flow.quickExit} />
      {flow.quickExit && <QuickExit />}
      {screen.kind === 'start' && <StartScreen ctx={ctx} />}
      {screen.kind === 'question' && <QuestionScreen key={screen.question.id} ctx={ctx} screen={screen} />}
      {screen.kind === 'check' && <CheckScreen ctx={ctx} walk={screen.walk} />}
      {screen.kind === 'outcome' && <OutcomeScreen ctx={ctx} screen={screen} />}
    </div>
  );
}
