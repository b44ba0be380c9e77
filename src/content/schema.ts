/**
 * The one set of zod schemas for content: they give the TypeScript types (below), the build-time
 * validation (validate.ts) and the JSON Schema editors get autocompletion from (content/schema/).
 */
import { z } from 'zod';

/** Lower-case words joined by hyphens: stable in URLs and in i18next keys. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens');

/** A record paragraph (P1..P40) or a fact-file source id (S31, S64a). */
export const SourceRef = z
  .string()
  .regex(/^(P\d+|S\d+[a-z]?)$/, 'must be a record paragraph such as P30 or a source id such as S31');

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

const Sources = z.array(SourceRef).min(1, 'must cite at least one source');

/** One line of an outcome (a step, a document, a right), its text in the flow's namespace. */
export const Item = z.strictObject({ id: Id, sources: Sources.optional() });

/** A test on an earlier answer: true when the answer includes any of `anyOf` and none of `noneOf`. */
export const Condition = z.strictObject({
  question: Id,
  anyOf: z.array(Id).min(1).optional(),
  noneOf: z.array(Id).min(1).optional(),
});

export const SingleQuestion = z.strictObject({
  id: Id,
  type: z.literal('single'),
  hint: z.boolean().optional(),
  options: z.array(z.strictObject({ id: Id, next: Id })).min(2, 'a question needs at least 2 options'),
});

export const MultipleQuestion = z.strictObject({
  id: Id,
  type: z.literal('multiple'),
  hint: z.boolean().optional(),
  options: z
    .array(z.strictObject({ id: Id, exclusive: z.boolean().optional() }))
    .min(2, 'a question needs at least 2 options'),
  next: Id,
});

export const RuleNode = z.strictObject({
  id: Id,
  type: z.literal('rule'),
  rules: z.array(z.strictObject({ when: z.array(Condition).min(1), next: Id })).min(1),
  otherwise: Id,
});

export const Outcome = z.strictObject({
  id: Id,
  type: z.literal('outcome'),
  /** Urgent outcomes put the urgent-help lines first: always, or when these conditions hold. */
  urgent: z.boolean().optional(),
  urgentWhen: z.array(Condition).min(1).optional(),
  sources: Sources,
  steps: z.array(Item).optional(),
  bring: z.array(Item).optional(),
  /**
   * The "what to bring" list has its own heading (text key `bringTitle`), where the person is not
   * going anywhere: held by the police, in prison.
   */
  bringTitle: z.boolean().optional(),
  contacts: z.array(Id).optional(),
  rights: z.array(Item).optional(),
  /**
   * Flows that are the answer itself ("Where do I start?"), in order: each one shown when all its
   * conditions hold (or always, without conditions).
   */
  recommend: z.array(z.strictObject({ flow: Id, when: z.array(Condition).min(1).optional() })).optional(),
});

export const FlowNode = z.discriminatedUnion('type', [SingleQuestion, MultipleQuestion, RuleNode, Outcome]);

export const Flow = z.strictObject({
  id: Id,
  /** Which service of the record this flow is about; flows are grouped by it. */
  service: Id,
  /** An icon name from src/components/Icon.tsx. */
  icon: Id,
  /** Order on the home page (lower first). */
  order: z.number().int().min(0),
  reviewed: IsoDate,
  /** Record paragraphs and facts the whole flow rests on. */
  sources: Sources,
  /** What the person may want at hand, shown on the start page. */
  prepare: z.array(Id).optional(),
  start: Id,
  nodes: z.array(FlowNode).min(2),
  related: z.array(Id).optional(),
  /** Sensitive flows (violence): a "Leave this page quickly" button, and steps that leave no history. */
  quickExit: z.boolean().optional(),
});

export const Contact = z.strictObject({
  id: Id,
  /** Digits only, dialled as written: a tel: link. */
  phone: z.string().regex(/^\d{3,12}$/, 'must be digits only').optional(),
  /** Digits the person presses after calling (Línea 113 option 5). */
  option: z.string().regex(/^\d$/).optional(),
  url: z.url().optional(),
  free: z.boolean(),
  /** confirmed rows only, or partially confirmed with their caveat shown (locales facts.json). */
  status: z.enum(['confirmed', 'partial']),
  sources: Sources,
  seen: IsoDate,
  /** Shown on the urgent-help page, in this order. */
  urgent: z.number().int().min(1).optional(),
});

export const FactSource = z.strictObject({
  id: SourceRef,
  title: z.string().min(3),
  /** The language the title is written in (names and codes alone: none), so a screen reader pronounces it right. */
  lang: z.enum(['es', 'en']).optional(),
  url: z.url(),
  date: z.string().min(4).optional(),
});

export const Facts = z.strictObject({
  seen: IsoDate,
  contacts: z.array(Contact).min(1),
  sources: z.array(FactSource).min(1),
});

export const RecordMeta = z.strictObject({
  report: z.string(),
  date: IsoDate,
  government: z.array(z.tuple([z.number().int(), z.number().int()])),
  committee: z.array(z.tuple([z.number().int(), z.number().int()])),
});

const GlossaryText = z.strictObject({ name: z.string().min(2), words: z.array(z.string().min(2)) });

/** Offline search: acronyms and official names (glossary), and everyday words for each flow. */
export const Search = z.strictObject({
  glossary: z.array(
    z.strictObject({ id: Id, term: z.string().min(2), flow: Id, es: GlossaryText, en: GlossaryText }),
  ),
  words: z.record(Id, z.strictObject({ es: z.array(z.string().min(2)), en: z.array(z.string().min(2)) })),
});

export type Flow = z.infer<typeof Flow>;
export type Search = z.infer<typeof Search>;
export type FlowNode = z.infer<typeof FlowNode>;
export type SingleQuestion = z.infer<typeof SingleQuestion>;
export type MultipleQuestion = z.infer<typeof MultipleQuestion>;
export type Question = SingleQuestion | MultipleQuestion;
export type RuleNode = z.infer<typeof RuleNode>;
export type Outcome = z.infer<typeof Outcome>;
export type Condition = z.infer<typeof Condition>;
export type Item = z.infer<typeof Item>;
export type Contact = z.infer<typeof Contact>;
export type FactSource = z.infer<typeof FactSource>;
export type Facts = z.infer<typeof Facts>;
export type RecordMeta = z.infer<typeof RecordMeta>;
