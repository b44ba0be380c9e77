/**
 * Service worker registration with workbox-window (loaded after the first render). An update waits
 * for the person: accepting it reloads the same URL, so a half-done flow (in the query) survives.
 */
import { Workbox } from 'workbox-window';
import { onUpdateAccepted, setPwa } from './state';
import { mendOfflineCopy } from './offline-copy';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  let accepted = false;
  wb.addEventListener('waiting', () => setPwa({ needRefresh: true }));
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) setPwa({ offlineReady: true });
  });
  wb.addEventListener('controlling', () => {
    if (accepted) location.reload();
  });
  onUpdateAccepted(() => {
    accepted = true;
    wb.messageSkipWaiting();
    // If the browser keeps the old worker in charge, a reload still opens the new version.
    setTimeout(() => location.reload(), 4000);
  });
  // Once the worker is active: an offline copy the browser deleted is put back (src/pwa/offline-copy.ts).
  void wb
    .register()
    .then(() => mendOfflineCopy())
    .catch(() => undefined);
  // Look for a new version whenever the person comes back to the app.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && navigator.onLine) void wb.update().catch(() => undefined);
  });
}
