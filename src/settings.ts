/**
 * The person's settings on this device: help-desk mode, the bilingual view and text size.
 * Kept in local storage (when it works); a tiny store with a hook so every page follows changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { readJSON, writeJSON } from './storage';

export interface Settings {
  /** A shared device at a help desk: nothing about a person is stored; "Next person" clears all. */
  helpDesk: boolean;
  /** Minutes without input before help-desk mode clears everything. */
  idleMinutes: number;
  /** Every question and outcome also in the other language, for a caseworker and a person. */
  bilingual: boolean;
  textSize: 'normal' | 'large' | 'larger';
}

export const DEFAULT_SETTINGS: Settings = { helpDesk: false, idleMinutes: 10, bilingual: false, textSize: 'normal' };
export const IDLE_CHOICES = [2, 5, 10, 20, 30];
const KEY = 'settings';

function isSettings(v: unknown): v is Partial<Settings> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sanitize(v: Partial<Settings> | undefined): Settings {
  const s = { ...DEFAULT_SETTINGS, ...v };
  return {
    helpDesk: s.helpDesk === true,
    // Any positive number of minutes (a test may set a fraction); garbage falls back to the default.
    idleMinutes: typeof s.idleMinutes === 'number' && s.idleMinutes > 0 && s.idleMinutes <= 240 ? s.idleMinutes : 10,
    bilingual: s.bilingual === true,
    textSize: ['normal', 'large', 'larger'].includes(s.textSize) ? s.textSize : 'normal',
  };
}

let current: Settings | undefined;
const listeners = new Set<() => void>();

export function getSettings(): Settings {
  if (typeof window === 'undefined') return DEFAULT_SETTINGS;
  return (current ??= sanitize(readJSON(KEY, isSettings)));
}

export function updateSettings(patch: Partial<Settings>): void {
  current = sanitize({ ...getSettings(), ...patch });
  writeJSON(KEY, current);
  applyTextSize(current);
  listeners.forEach((l) => l());
}

/** Forgets the in-memory copy (after "delete my data"). */
export function resetSettings(): void {
  current = undefined;
  applyTextSize(getSettings());
  listeners.forEach((l) => l());
}

export function applyTextSize(s: Settings): void {
  if (typeof document !== 'undefined') document.documentElement.dataset.textSize = s.textSize;
}

/** The settings, re-rendering on change. The first render uses the defaults, as the prerendered page did. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const l = () => setSettings(getSettings());
    l();
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return settings;
}
