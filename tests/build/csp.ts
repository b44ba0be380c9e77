/** Reading Content-Security-Policies in tests (the build checks and the browser tests share these). */
import { createHash } from 'node:crypto';

/** The CSP source that allows exactly this inline text: `'sha256-…'`. */
export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The sources of one directive of a policy (undefined without the directive). */
export const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);
