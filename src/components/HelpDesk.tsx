/**
 * Help-desk mode, shown in the header while it is on: "Next person" clears everything about the
 * person (the link the app copied for them included) and returns home; so does a period without
 * input (10 minutes by default).
 */
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../i18n';
import { homeHref, type Lang } from '../routes';
import { clearPersonData } from '../storage';
import { clearCopied } from '../clipboard';
import type { Settings } from '../settings';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'] as const;

export function useNextPerson(lang: Lang): () => void {
  const { route } = useLocation();
  return () => {
    clearPersonData();
    void clearCopied();
    route(homeHref(lang), true);
    // Focus goes to the new page's heading; announce the fresh start there.
  };
}

export interface HelpDeskProps {
  lang: Lang;
  settings: Settings;
}

export function HelpDeskBar({ lang, settings }: HelpDeskProps) {
  const { t } = useT();
  const nextPerson = useNextPerson(lang);
  useEffect(() => {
    let timer = 0;
    const arm = () => {
      clearTimeout(timer);
      timer = window.setTimeout(nextPerson, settings.idleMinutes * 60_000);
    };
    arm();
    INPUT_EVENTS.forEach((e) => addEventListener(e, arm, { passive: true }));
    return () => {
      clearTimeout(timer);
      INPUT_EVENTS.forEach((e) => removeEventListener(e, arm));
    };
  }, [settings.idleMinutes, lang]);
  return (
    <div class="help-desk-bar">
      <p>
        <strong>{t('helpDesk.on')}</strong> <span>{t('helpDesk.about', { count: settings.idleMinutes })}</span>
      </p>
      <button type="button" class="button small" onClick={nextPerson}>
        {t('helpDesk.next')}
      </button>
    </div>
  );
}
