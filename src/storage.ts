/**
 * Device storage that never breaks the app: private mode, a full quota or corrupt data simply
 * mean that nothing is remembered.
 */
const PREFIX = 'rumbo.';

function store(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // access itself can throw (storage forbidden)
  }
}

export function readJSON<T>(key: string, valid: (v: unknown) => v is T): T | undefined {
  let raw: string | null | undefined;
  try {
    raw = store()?.getItem(PREFIX + key);
    if (raw == null) return undefined; // nothing kept (or no storage): nothing to clean
    const value: unknown = JSON.parse(raw);
    if (valid(value)) return value;
  } catch {
    /* corrupt: removed below */
  }
  if (raw != null) remove(key);
  return undefined;
}

export function writeJSON(key: string, value: unknown): boolean {
  try {
    store()?.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function remove(key: string): void {
  try {
    store()?.removeItem(PREFIX + key);
  } catch {
    /* nothing stored, nothing to remove */
  }
}

/**
 * Deletes what Rumbo kept about the person (the flow in progress, this tab's session), keeping
 * the device's settings: "Next person" at a help desk.
 */
export function clearPersonData(): void {
  remove('resume');
  try {
    sessionStorage.clear();
  } catch {
    /* storage forbidden: there was nothing to delete */
  }
}

/** Deletes everything Rumbo kept on this device, settings included. */
export function clearAll(): void {
  const s = store();
  if (!s) return;
  try {
    for (const key of Object.keys(s)) if (key.startsWith(PREFIX)) s.removeItem(key);
    sessionStorage.clear();
  } catch {
    /* storage forbidden: there was nothing to delete */
  }
}
