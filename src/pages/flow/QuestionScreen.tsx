/** One question: native radios or checkboxes in a fieldset, Continue and Back, progress, errors. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PageTitle } from '../../components/PageTitle';
import { Dual } from '../../components/Dual';
import { ReadAloud } from '../../components/ReadAloud';
import { answer, encodeAnswers, isQuestion, isValidAnswer, nodeById, stepAfter, stepBefore, type Screen } from '../../engine';
import { useHead } from '../../head';
import { useT } from '../../i18n';
import { stepHref } from '../../routes';
import { getSettings } from '../../settings';
import type { FlowContext } from './context';
import { LinkProblem } from './LinkProblem';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

type QuestionView = Extract<Screen, { kind: 'question' }>;
type Question = QuestionView['question'];

/**
 * On a slow phone a person can answer the prerendered page before the app has started. What they
 * ticked is kept when the app takes the page over (read before it is drawn, which would untick it);
 * a Continue tapped that early sends the form the browser's way, `?<question>=<option>`, and the
 * app then goes on from that answer. Neither happens on a page the app drew itself.
 */
function answeredBeforeStart(q: Question, url: string): { chosen: string[]; sent: boolean } | undefined {
  if (typeof document === 'undefined') return undefined;
  const sent = new URLSearchParams(url.split('?')[1] ?? '').getAll(q.id);
  if (sent.length && isValidAnswer(q, sent)) return { chosen: sent, sent: true };
  const ticked = q.options.filter((o) => (document.getElementById(`${q.id}-${o.id}`) as HTMLInputElement | null)?.checked).map((o) => o.id);
  return ticked.length && isValidAnswer(q, ticked) ? { chosen: ticked, sent: false } : undefined;
}

export function QuestionScreen({ ctx, screen }: { ctx: FlowContext; screen: QuestionView }) {
  const { t } = useT();
  const { route, url } = useLocation();
  const { flow, lang, answers } = ctx;
  const q = screen.question;
  const ns = `${flow.id}:nodes.${q.id}`;
  const [early] = useState(() => answeredBeforeStart(q, url));
  const [chosen, setChosen] = useState<string[]>(early?.chosen ?? [...(answers[q.id] ?? [])]);
  const [error, setError] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const title = t(`${ns}.question`);
  const fieldId = (o: string) => `${q.id}-${o}`;
  useHead({ lang, title: `${error ? `${t('flow.errorPrefix')} ` : ''}${title} · ${t(`${flow.id}:title`)}`, description: t(`${flow.id}:description`) });

  const toggle = (id: string, on: boolean) => {
    if (q.type === 'single') return setChosen([id]);
    const exclusive = q.options.find((o) => o.id === id)?.exclusive;
    const others = chosen.filter((c) => c !== id && !exclusive && !q.options.find((o) => o.id === c)?.exclusive);
    setChosen(on ? [...others, id] : chosen.filter((c) => c !== id));
  };
  // Where Continue leads, worked out as soon as an option is chosen, so the tap itself only moves on.
  const target = useMemo(() => {
    if (chosen.length === 0) return undefined;
    const ordered = q.options.map((o) => o.id).filter((id) => chosen.includes(id));
    const next = answer(answers, q.id, ordered);
    const step = stepAfter(flow, next, q.id, ctx.returnToCheck);
    // A Change from the check page keeps coming back to it while questions remain (an urgent result does not).
    const keepReturn = ctx.returnToCheck && isQuestion(nodeById(flow, step)) ? { return: 'check' } : undefined;
    return stepHref(lang, flow.id, step, encodeAnswers(flow, next), keepReturn);
  }, [chosen.join(' '), flow, answers, q.id, ctx.returnToCheck, lang]);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!target) {
      setError(true);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    // Sensitive flows leave one history entry, which "Leave this page quickly" replaces.
    route(target, flow.quickExit === true || getSettings().helpDesk);
  };
  // The form the browser sent before the app started: on to the next step, as Continue would have,
  // in place of the entry the browser added (so Back returns to the question, not to this answer).
  useEffect(() => {
    if (early?.sent && target) route(target, true);
  }, []);
  const before = stepBefore(flow, answers, q.id);
  const errorText = t(q.type === 'single' ? 'flow.errorSingle' : 'flow.errorMultiple');

  return (
    <>
      <LinkProblem ctx={ctx} />
      <p class="progress" id="progress">{t('flow.progress', { n: screen.index + 1, count: screen.atMost })}</p>
      {error && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('flow.errorTitle')}</h2>
          <ul>
            <li>
              <a href={`#${fieldId(q.options[0]!.id)}`} onClick={(e) => { e.preventDefault(); document.getElementById(fieldId(q.options[0]!.id))?.focus(); }}>
                {errorText}
              </a>
            </li>
          </ul>
        </div>
      )}
      <ReadAloud target="form.question" />
      {/* As HTML: with scripts on, a browser keeps a noscript's content as text, which the app then leaves alone. */}
      <noscript dangerouslySetInnerHTML={{ __html: `<p class="notice">${escapeHtml(t('flow.noScript'))}</p>` }} />
      <form class="question" onSubmit={submit} noValidate>
        {/* A screen reader entering the choices hears the hint, any error and how far along the person is. */}
        <fieldset aria-describedby={[q.hint ? `${q.id}-hint` : '', error ? `${q.id}-error` : '', 'progress'].filter(Boolean).join(' ')}>
          <legend>
            <PageTitle><Dual k={`${ns}.question`} /></PageTitle>
          </legend>
          {q.hint && <p class="hint" id={`${q.id}-hint`}><Dual k={`${ns}.hint`} /></p>}
          {q.type === 'multiple' && <p class="hint">{t('flow.chooseAll')}</p>}
          {error && <p class="field-error" id={`${q.id}-error`}><span class="visually-hidden">{t('flow.errorPrefix')} </span>{errorText}</p>}
          <div class={`choices${error ? ' has-error' : ''}`}>
            {q.options.map((o) => (
              <label key={o.id} class="choice" for={fieldId(o.id)}>
                <input
                  id={fieldId(o.id)}
                  type={q.type === 'single' ? 'radio' : 'checkbox'}
                  name={q.id}
                  value={o.id}
                  checked={chosen.includes(o.id)}
                  onChange={(e) => toggle(o.id, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span><Dual k={`${ns}.options.${o.id}`} /></span>
              </label>
            ))}
          </div>
        </fieldset>
        <p class="actions">
          <button type="submit" class="button">{t('flow.continue')}</button>
        </p>
      </form>
      <p>
        <a class="back-link" href={stepHref(lang, flow.id, before, encodeAnswers(flow, answers))}>
          {t('flow.back')}
        </a>
      </p>
    </>
  );
}
