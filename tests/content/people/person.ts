/**
 * People, not paths: the people the record and the facts file describe for a service, each with the
 * situation the sources give, their answers (across flows when their story spans several), the
 * outcome they must reach and the key facts it must state, in both languages. Written from the
 * sources, not from the flow: a person the flow does not serve well is a failing row, not a row to
 * leave out. Run by tests/content/people.test.ts.
 */
export interface Person {
  /** Who this is, in plain words, as the sources describe them ("a Venezuelan who entered before the 2019 visa rule and stayed on"). */
  who: string;
  situation: {
    nationality?: 'venezuelan' | 'bolivian' | 'colombian' | 'peruvian' | 'other-foreign';
    /** The document they hold, in plain words ("expired CPP", "none", "passport only", "DNI"). */
    document?: string;
    /** How they entered Peru, when it matters ("through a Migraciones check", "without a check"). */
    entry?: string;
    /** Where they are now ("in Peru", "abroad", "in prison", "held by the police"). */
    now?: string;
    age?: 'child' | 'adult';
    /** Who is answering: the person, a relative (a parent for a child), an employer, a caseworker. */
    asking: 'self' | 'relative' | 'employer' | 'caseworker';
  };
  /** The record paragraphs and fact rows that describe this person's case (P25, S13, ...). */
  sources: string[];
  /**
   * Their answers, flow by flow, in the order they go: a story across flows starts with the flow
   * that sends them on (where-to-start, residency) and each next flow must be one that the
   * previous outcome recommends or lists as related.
   */
  route: { flow: string; answers: Record<string, string[]> }[];
  /** The outcome they must reach at the end of the last flow of the route. */
  outcome: string;
  /** Phrases the outcome's full text must hold (title, summary, steps, bring, good to know), per language. */
  says: { es: string[]; en: string[] };
  /** Phrases the outcome must not hold (a promise the sources do not make, a wrong route). */
  never?: { es?: string[]; en?: string[] };
  /** Question ids they must not be asked in any flow of the route (a Peruvian asked for a foreigner's card). */
  notAsked?: string[];
  /** Flows the last outcome must recommend, in this order, for these answers. */
  recommends?: string[];
  /** Whether the last outcome leads with urgent help for these answers. */
  urgent?: boolean;
}
