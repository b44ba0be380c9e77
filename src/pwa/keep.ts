/**
 * Kept on the device: browsers delete a site's data to free space ("best-effort" storage, first
 * on cheap phones with full storage), and a deleted offline app is gone exactly when there is no
 * signal. Rumbo asks the browser to keep its data (`navigator.storage.persist()`) once it is
 * installed, or once a person has seen a result. Chrome decides by itself (it keeps installed apps
 * and sites a person uses), Firefox asks the person.
 */
let asked = false;

export function keepOnDevice(): void {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (asked || !storage?.persist || !storage.persisted) return;
  asked = true;
  void storage
    .persisted()
    .then((kept) => kept || storage.persist())
    .catch(() => undefined);
}

export interface StorageState {
  /** Whether the browser keeps the data even when space runs short (undefined: it cannot say). */
  kept?: boolean;
  /** Bytes the site takes on the device, as the browser counts them. */
  usage?: number;
}

export async function storageState(): Promise<StorageState> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [kept, estimate] = await Promise.all([storage?.persisted?.().catch(() => undefined), storage?.estimate?.().catch(() => undefined)]);
  return { kept, usage: estimate?.usage };
}
