/** Reading Content-Security-Policies in tests (the build checks and the browser tests share these). */
export { styleHash as sha256 } from '../../src/build/inline-css';

/** The sources of one directive of a policy (undefined without the directive). */
export const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);
