/**
 * "Continue where you left off": the last unfinished flow, kept only on this device and never in
 * help-desk mode. Holds the step's URL (answers included) and nothing else.
 */
import { getSettings } from './settings';
import { readJSON, remove, writeJSON } from './storage';

export interface Resume {
  flow: string;
  url: string;
  at: number;
}

const KEY = 'resume';
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

function isResume(v: unknown): v is Resume {
  const r = v as Resume;
  return typeof r === 'object' && r !== null && typeof r.flow === 'string' && typeof r.url === 'string' && r.url.startsWith('/') && typeof r.at === 'number';
}

export function saveResume(flow: string, url: string): void {
  if (getSettings().helpDesk) return;
  writeJSON(KEY, { flow, url, at: Date.now() } satisfies Resume);
}

/** Forgets the flow in progress; with `flow`, only if that is the one kept. */
export function clearResume(flow?: string): void {
  if (flow && readJSON(KEY, isResume)?.flow !== flow) return;
  remove(KEY);
}

export function readResume(): Resume | undefined {
  const r = readJSON(KEY, isResume);
  if (!r || getSettings().helpDesk || Date.now() - r.at > MAX_AGE_MS) return undefined;
  return r;
}
