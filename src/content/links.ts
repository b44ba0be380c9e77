/**
 * `npm run content:links`: are the addresses in content/facts/ still there? Each source and contact
 * address is requested (GET, redirects followed by hand so each hop is seen, a time-out per
 * address), and the result is one row: ok, redirected (to where), dead (4xx/5xx, no answer, a
 * redirect loop) or time-out. Dead and timed-out addresses make the command fail; a redirect is
 * reported so a maintainer can update the address. Run by hand or on a schedule: these machines
 * reach no public site, so `npm test` runs it only against a local server (tests/unit/content/links.test.ts).
 */
import type { Content } from './validate';

export interface LinkTarget {
  /** Who cites the address: a source id (S31) or a contact id. */
  id: string;
  url: string;
}

export interface LinkResult extends LinkTarget {
  verdict: 'ok' | 'redirected' | 'dead' | 'time-out';
  /** The last HTTP status seen, if any. */
  status?: number;
  /** Where the redirects ended. */
  finalUrl?: string;
  /** Network error or reason, for dead links. */
  error?: string;
  ms: number;
}

export interface LinkOptions {
  timeoutMs?: number;
  maxRedirects?: number;
  concurrency?: number;
}

/** Every address in the facts file: sources first, then contacts, each once per id. */
export function linkTargets(content: Pick<Content, 'facts'>): LinkTarget[] {
  const targets: LinkTarget[] = content.facts.sources.map((s) => ({ id: s.id, url: s.url }));
  for (const c of content.facts.contacts) if (c.url) targets.push({ id: c.id, url: c.url });
  return targets;
}

export async function checkLink(target: LinkTarget, options: LinkOptions = {}): Promise<LinkResult> {
  const { timeoutMs = 15_000, maxRedirects = 5 } = options;
  const started = Date.now();
  const done = (r: Omit<LinkResult, 'id' | 'url' | 'ms'>): LinkResult => ({ ...target, ...r, ms: Date.now() - started });
  let url = target.url;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let hop = 0; hop <= maxRedirects; hop++) {
      const response = await fetch(url, { redirect: 'manual', signal: controller.signal, headers: { 'user-agent': 'Rumbo content:links' } });
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url).href;
        continue;
      }
      if (response.status >= 400) return done({ verdict: 'dead', status: response.status, ...(url !== target.url && { finalUrl: url }) });
      return url === target.url ? done({ verdict: 'ok', status: response.status }) : done({ verdict: 'redirected', status: response.status, finalUrl: url });
    }
    return done({ verdict: 'dead', error: `more than ${maxRedirects} redirects`, finalUrl: url });
  } catch (e) {
    if (controller.signal.aborted) return done({ verdict: 'time-out', error: `no answer in ${timeoutMs} ms` });
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return done({ verdict: 'dead', error: cause?.code ?? cause?.message ?? String(e) });
  } finally {
    clearTimeout(timer);
  }
}

/** Checks every target, a few at a time, and keeps their order. */
export async function checkLinks(targets: readonly LinkTarget[], options: LinkOptions = {}): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(targets.length);
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const i = next++;
      results[i] = await checkLink(targets[i]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 6, targets.length) }, worker));
  return results;
}

/** One row per address, the problems first; and whether any address failed. */
export function formatLinkTable(results: readonly LinkResult[]): { table: string; failed: number } {
  const order = { dead: 0, 'time-out': 1, redirected: 2, ok: 3 } as const;
  const rows = [...results].sort((a, b) => order[a.verdict] - order[b.verdict]);
  const lines = rows.map((r) => {
    const detail = [r.status, r.finalUrl && `→ ${r.finalUrl}`, r.error].filter(Boolean).join(' ');
    return `${r.verdict.padEnd(10)} ${r.id.padEnd(18)} ${`${r.ms} ms`.padStart(8)}  ${r.url}${detail ? `  (${detail})` : ''}`;
  });
  const count = (v: LinkResult['verdict']) => results.filter((r) => r.verdict === v).length;
  const failed = count('dead') + count('time-out');
  lines.push(`\n${results.length} address(es): ${count('ok')} ok, ${count('redirected')} redirected, ${count('dead')} dead, ${count('time-out')} time-out.`);
  return { table: lines.join('\n'), failed };
}
