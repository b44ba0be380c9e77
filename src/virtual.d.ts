/** Modules compiled from content/ by src/content/vite-plugin.ts. */
declare module 'virtual:rumbo/catalog' {
  import type { CatalogEntry } from './content/build';
  export const catalog: CatalogEntry[];
  export const version: { date: string; hash: string };
  export const languages: string[];
}
declare module 'virtual:rumbo/common/es' {
  const text: Record<string, unknown>;
  export default text;
}
declare module 'virtual:rumbo/common/en' {
  const text: Record<string, unknown>;
  export default text;
}
declare module 'virtual:rumbo/page-text/*' {
  /** One section of the common text in every language: `{ es: { about: {...} }, en: {...} }`. */
  const texts: Record<string, Record<string, unknown>>;
  export default texts;
}
declare module 'virtual:rumbo/flows' {
  import type { Flow } from './content/schema';
  export const flowLoaders: Record<string, Record<string, () => Promise<{ flow: Flow; text: Record<string, unknown> }>>>;
}
declare module 'virtual:rumbo/facts' {
  import type { Contact } from './content/schema';
  export const contacts: Contact[];
  export const seen: string;
  export const factsText: Record<string, () => Promise<{ text: Record<string, unknown> }>>;
}
declare module 'virtual:rumbo/search/es' {
  export const index: string;
}
declare module 'virtual:rumbo/search/en' {
  export const index: string;
}
declare module 'virtual:rumbo/outcomes' {
  import type { OutcomeEntry } from './content/build';
  export const outcomes: OutcomeEntry[];
}
declare module 'virtual:rumbo/references' {
  import type { FactSource } from './content/schema';
  export const sources: FactSource[];
  export const seen: string;
}
declare module 'virtual:rumbo/record' {
  import type { RecordBlock } from './content/record';
  import type { RecordMeta } from './content/schema';
  export const record: RecordBlock[];
  export const meta: RecordMeta;
}
/** Rumbo's (unofficial) translation of the record, with the same blocks and meta as the original. */
declare module 'virtual:rumbo/record-es' {
  import type { RecordBlock } from './content/record';
  import type { RecordMeta } from './content/schema';
  export const record: RecordBlock[];
  export const meta: RecordMeta;
}
