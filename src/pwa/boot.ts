/** Browser-only PWA wiring: connectivity, the install prompt, and (later) the service worker. */
import { setPwa, type InstallEvent } from './state';
import { keepOnDevice } from './keep';

export function bootPwa(): void {
  const installed = matchMedia('(display-mode: standalone)').matches;
  setPwa({ online: navigator.onLine, installed });
  // An installed app asks the browser to keep its data: src/pwa/keep.ts.
  if (installed) keepOnDevice();
  addEventListener('online', () => setPwa({ online: true }));
  addEventListener('offline', () => setPwa({ online: false }));
  addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    setPwa({ install: e as InstallEvent });
  });
  addEventListener('appinstalled', () => {
    setPwa({ install: undefined, installed: true });
    keepOnDevice();
  });
  if (import.meta.env.PROD) {
    const start = () => void import('./register').then((m) => m.registerServiceWorker());
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
  }
}
