/**
 * "Leave this page quickly": replaces the page and its history entry with a neutral blank page
 * (on this site: nothing leaves the phone). The Escape key pressed twice does the same.
 */
import { useEffect } from 'preact/hooks';
import { useT } from '../i18n';

export const NEUTRAL_PAGE = '/blank.html';

export function leaveQuickly(): void {
  try {
    sessionStorage.clear();
  } catch {
    /* nothing to clear */
  }
  location.replace(NEUTRAL_PAGE);
}

export function QuickExit() {
  const { t } = useT();
  useEffect(() => {
    let last = 0;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const now = Date.now();
      if (now - last < 1000) leaveQuickly();
      last = now;
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  return (
    <div class="quick-exit">
      <button type="button" class="button quick-exit-button" onClick={leaveQuickly}>
        {t('quickExit.action')}
      </button>
      <p class="hint">{t('quickExit.hint')}</p>
    </div>
  );
}
