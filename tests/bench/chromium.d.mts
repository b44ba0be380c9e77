/** Types for chromium.mjs, which the browser tests share with the bench. */
export const CHROMIUM: string;
export const FLAGS: string[];
export function freshProfile(name: string): { dir: string; remove: () => void };
export function isLocal(url: string): boolean;
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T>;
