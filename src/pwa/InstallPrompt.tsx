/** "Install app" where the browser offers it; on iPhone and iPad, how to add Rumbo to the home screen. */
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { setPwa, usePwa } from './state';

function isIos(): boolean {
  return typeof navigator !== 'undefined' && /iPhone|iPad|iPod/.test(navigator.userAgent);
}

export function InstallPrompt() {
  const { t } = useT();
  const pwa = usePwa();
  // Decided after the first render, so the prerendered page and the hydrated one agree.
  const [ios, setIos] = useState(false);
  useEffect(() => setIos(isIos()), []);
  if (pwa.installed) return null;
  if (pwa.install) {
    const event = pwa.install;
    return (
      <section class="install" aria-labelledby="install-title">
        <h2 id="install-title">{t('install.title')}</h2>
        <p>{t('install.body')}</p>
        <button
          type="button"
          class="button"
          onClick={async () => {
            await event.prompt();
            await event.userChoice.catch(() => undefined);
            setPwa({ install: undefined });
          }}
        >
          {t('install.action')}
        </button>
      </section>
    );
  }
  if (ios) {
    return (
      <section class="install" aria-labelledby="install-title">
        <h2 id="install-title">{t('install.title')}</h2>
        <p>{t('install.ios')}</p>
      </section>
    );
  }
  return null;
}
