/** A content problem: the file, the key path inside it and the broken rule, for a precise error. */
export interface Problem {
  file: string;
  path: string;
  rule: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path || '(root)'}: [${p.rule}] ${p.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `Content check failed with ${problems.length} problem(s):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Turns a key path such as ['nodes', 2, 'next'] into `nodes[2].next`. */
export function keyPath(parts: readonly PropertyKey[]): string {
  return parts
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}
