/** Parses the numbered record (content/record/record-numbered.md) into blocks the sources page shows. */
import type { RecordMeta } from './schema';

export type RecordBlock =
  | { kind: 'procedural'; text: string }
  | { kind: 'paragraph'; n: number; speaker: 'government' | 'committee' | 'other'; text: string };

export function speakerOf(meta: RecordMeta, n: number): 'government' | 'committee' | 'other' {
  const within = (ranges: [number, number][]) => ranges.some(([a, b]) => n >= a && n <= b);
  if (within(meta.government)) return 'government';
  if (within(meta.committee)) return 'committee';
  return 'other';
}

/** Keeps the record's own lines: numbered paragraphs and the italic procedural lines. */
export function parseRecord(markdown: string, meta: RecordMeta): RecordBlock[] {
  const blocks: RecordBlock[] = [];
  for (const line of markdown.split('\n')) {
    const para = /^\*\*P(\d+)\.\*\*\s+(.*)$/.exec(line);
    if (para) {
      const n = Number(para[1]);
      blocks.push({ kind: 'paragraph', n, speaker: speakerOf(meta, n), text: para[2]!.trim() });
      continue;
    }
    const proc = /^\*([^*].*[^*])\*$/.exec(line.trim());
    if (proc) blocks.push({ kind: 'procedural', text: proc[1]! });
  }
  return blocks;
}

export function paragraphNumbers(blocks: RecordBlock[]): Set<number> {
  return new Set(blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.n] : [])));
}
