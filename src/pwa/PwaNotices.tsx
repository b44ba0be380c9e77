/**
 * Offline indicator, "ready to use offline" and the polite "new version" prompt: the notices inside
 * the page's status region (src/components/Layout.tsx keeps the region itself in every page, so a
 * screen reader announces what appears in it). Loaded after the page is interactive.
 */
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { applyUpdate, setPwa, usePwa } from './state';

export function PwaNotices() {
  const { t } = useT();
  const pwa = usePwa();
  const [readySeen, setReadySeen] = useState(false);
  const [later, setLater] = useState(false);
  const offline = !pwa.online && !pwa.offlineClosed;
  // "Ready" sits after the page's content, not over it (src/styles/main.css): only these two float.
  const showing = offline || (pwa.needRefresh && !later);
  // While a notice sits at the bottom of the screen, focus scrolling keeps clear of it (WCAG 2.4.11).
  useEffect(() => void document.documentElement.classList.toggle('has-notice', showing), [showing]);
  return (
    <>
      {offline && (
        <div class="banner offline">
          <p>
            <span class="offline-short" aria-hidden="true">{t('pwa.offlineShort')}</span>
            <span class="offline-long">{t('pwa.offline')}</span>
          </p>
          <button
            type="button"
            class="banner-close"
            aria-label={t('pwa.close')}
            onClick={() => {
              setPwa({ offlineClosed: true });
              // The button goes away: focus goes on with the page, not back to its top.
              document.getElementById('main')?.focus({ preventScroll: true });
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
      {pwa.offlineReady && !readySeen && (
        <p class="banner ready">
          {t('pwa.ready')}{' '}
          <button type="button" class="link-button" onClick={() => setReadySeen(true)}>{t('pwa.ok')}</button>
        </p>
      )}
      {pwa.needRefresh && !later && (
        <p class="banner update">
          {t('pwa.update')}{' '}
          <button type="button" class="button small" onClick={applyUpdate}>{t('pwa.updateAction')}</button>{' '}
          <button type="button" class="link-button" onClick={() => setLater(true)}>{t('pwa.later')}</button>
        </p>
      )}
    </>
  );
}
