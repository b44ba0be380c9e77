import type { Flow } from '../../content/schema';
import type { Answers } from '../../engine';
import type { Lang } from '../../routes';

/** What every screen of a flow needs to know. */
export interface FlowContext {
  flow: Flow;
  lang: Lang;
  answers: Answers;
  /** The person came from "Change" on the check page. */
  returnToCheck: boolean;
  /** Set when the link held answers or a step that could not be used. */
  problem?: 'answers' | 'step';
}
