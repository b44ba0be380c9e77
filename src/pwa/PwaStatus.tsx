/** Offline indicator, "ready to use offline" and the polite "new version" prompt. */
import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { applyUpdate, usePwa } from './state';

export function PwaStatus() {
  const { t } = useT();
  const pwa = usePwa();
  const [readySeen, setReadySeen] = useState(false);
  const [later, setLater] = useState(false);
  return (
    <div class="pwa-status" role="status" aria-live="polite">
      {!pwa.online && <p class="banner offline">{t('pwa.offline')}</p>}
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
    </div>
  );
}
