/** The text keys each piece of content needs, in its i18next namespace. */
import type { Facts, Flow } from './schema';

export function flowKeys(flow: Flow): string[] {
  const keys = ['title', 'description', 'start.intro'];
  for (const p of flow.prepare ?? []) keys.push(`start.prepare.${p}`);
  for (const node of flow.nodes) {
    const at = `nodes.${node.id}`;
    if (node.type === 'single' || node.type === 'multiple') {
      keys.push(`${at}.question`);
      if (node.hint) keys.push(`${at}.hint`);
      for (const o of node.options) keys.push(`${at}.options.${o.id}`);
    } else if (node.type === 'outcome') {
      keys.push(`${at}.title`, `${at}.summary`);
      if (node.bringTitle) keys.push(`${at}.bringTitle`);
      for (const list of ['steps', 'bring', 'rights'] as const) {
        for (const item of node[list] ?? []) keys.push(`${at}.${list}.${item.id}`);
      }
    }
  }
  return keys;
}

export function factKeys(facts: Facts): string[] {
  return facts.contacts.flatMap((c) => {
    const at = `contacts.${c.id}`;
    return [`${at}.name`, `${at}.who`, ...(c.status === 'partial' ? [`${at}.caveat`] : [])];
  });
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Flattens nested i18next JSON to dotted keys; non-string leaves are reported. */
export function flatten(obj: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, obj);
  }
  return out;
}

/** The key without its plural suffix (`count_many` → `count`). */
export function baseKey(key: string): string {
  return key.replace(PLURAL, '');
}

export function pluralSuffix(key: string): string | undefined {
  return PLURAL.exec(key)?.[1];
}

/** The i18next placeholders a text uses: `{{count}}`, `{{name, format}}` → name. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
}
