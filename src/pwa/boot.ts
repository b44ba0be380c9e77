/** Browser-only PWA wiring: connectivity, the install prompt, and (later) the service worker. */
import { setPwa, type InstallEvent } from './state';

export function bootPwa(): void {
  setPwa({ online: navigator.onLine, installed: matchMedia('(display-mode: standalone)').matches });
  addEventListener('online', () => setPwa({ online: true }));
  addEventListener('offline', () => setPwa({ online: false }));
  addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    setPwa({ install: e as InstallEvent });
  });
  addEventListener('appinstalled', () => setPwa({ install: undefined, installed: true }));
  if (import.meta.env.PROD) {
    const start = () => void import('./register').then((m) => m.registerServiceWorker());
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
  }
}
