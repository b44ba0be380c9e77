/** The app's offline and install state, shared by the PWA pieces (a tiny store with a hook). */
import { useEffect, useState } from 'preact/hooks';

export interface InstallEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface PwaState {
  online: boolean;
  offlineReady: boolean;
  needRefresh: boolean;
  install?: InstallEvent;
  installed: boolean;
  /** The person closed the offline notice (in memory only, until the connection comes back). */
  offlineClosed?: boolean;
}

let state: PwaState = { online: true, offlineReady: false, needRefresh: false, installed: false };
const listeners = new Set<() => void>();
let acceptUpdate: () => void = () => location.reload();

export function getPwa(): PwaState {
  return state;
}

export function setPwa(patch: Partial<PwaState>): void {
  state = { ...state, ...patch };
  // Back online: the next time the connection goes, the notice says so again.
  if (patch.online) state.offlineClosed = false;
  listeners.forEach((l) => l());
}

export function onUpdateAccepted(fn: () => void): void {
  acceptUpdate = fn;
}

export function applyUpdate(): void {
  acceptUpdate();
}

export function usePwa(): PwaState {
  const [, setTick] = useState(0);
  const drawn = state;
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    // A change between the first draw and now (going offline as the page starts) was not heard.
    if (state !== drawn) l();
    return () => void listeners.delete(l);
  }, []);
  return state;
}
