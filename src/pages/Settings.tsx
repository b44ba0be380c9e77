/**
 * Settings: language, help-desk mode, bilingual view, text size, whether Rumbo is kept on this
 * device for use offline (and the space it takes), and deleting data on this device.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PageTitle } from '../components/PageTitle';
import { useHead } from '../head';
import { addPageTexts, useT } from '../i18n';
import { saveLanguage } from '../i18n/detect';
import { LANGS, pageHref, type Lang } from '../routes';
import { IDLE_CHOICES, resetSettings, updateSettings, useSettings, type Settings as S } from '../settings';
import { clearAll } from '../storage';
import settingsText from 'virtual:rumbo/page-text/settings';

// This page's own text (both languages) comes with its code, not with every page's common text.
addPageTexts(settingsText);

const NAMES: Record<Lang, string> = { es: 'Español', en: 'English' };

type OfflineState = import('../pwa/offline-copy').OfflineState;
type StorageState = import('../pwa/keep').StorageState;

/** What the browser says about Rumbo's offline copy and its storage (read once the page is drawn). */
function useDeviceState(): { offline?: OfflineState; storage?: StorageState } {
  const [offline, setOffline] = useState<OfflineState>();
  const [storage, setStorage] = useState<StorageState>();
  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void import('../pwa/offline-copy').then((m) => {
      if (!gone) stop = m.watchOfflineCopy(setOffline);
    });
    void import('../pwa/keep').then((m) => m.storageState()).then((s) => !gone && setStorage(s));
    return () => {
      gone = true;
      stop?.();
    };
  }, []);
  // Once the copy is put back, the space it takes has changed.
  useEffect(() => {
    if (offline === 'ready') void import('../pwa/keep').then((m) => m.storageState()).then(setStorage);
  }, [offline]);
  return { offline, storage };
}

/** Bytes in megabytes (of 1000 kB, as the bench counts them), one decimal below 10 (Peru writes 1.4, as English does). */
function megabytes(bytes: number): string {
  const mb = Math.max(bytes / 1e6, 0.1);
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}

/** Whether Rumbo works offline here, whether the browser keeps it, and the space it takes: one status region. */
function DeviceStatus() {
  const { t } = useT();
  const { offline, storage } = useDeviceState();
  const lines = [
    offline && offline !== 'checking' && t(`settings.device.${offline}`),
    offline !== 'unsupported' && storage?.kept !== undefined && t(storage.kept ? 'settings.device.kept' : 'settings.device.notKept'),
    storage?.usage ? t('settings.device.size', { size: megabytes(storage.usage) }) : undefined,
  ].filter((l): l is string => Boolean(l));
  return (
    <div role="status" class="device-status">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
const SIZES: S['textSize'][] = ['normal', 'large', 'larger'];

export function Settings() {
  const { t, lang } = useT();
  const { route } = useLocation();
  const settings = useSettings();
  const [deleted, setDeleted] = useState(false);
  useHead({ lang, title: t('settings.title'), description: t('settings.lead'), rest: '/settings/' });
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <form class="stack" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('settings.language')}</legend>
          <div class="choices">
            {LANGS.map((l) => (
              <label key={l} class="choice" lang={l}>
                <input type="radio" name="lang" value={l} checked={l === lang} onChange={() => { saveLanguage(l); route(pageHref(l, 'settings'), true); }} />
                <span>{NAMES[l]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('settings.textSize')}</legend>
          <div class="choices">
            {SIZES.map((size) => (
              <label key={size} class={`choice size-${size}`}>
                <input type="radio" name="text-size" value={size} checked={settings.textSize === size} onChange={() => updateSettings({ textSize: size })} />
                <span>{t(`settings.size.${size}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('settings.caseworker')}</legend>
          <div class="choices">
            <label class="choice">
              <input type="checkbox" name="bilingual" checked={settings.bilingual} onChange={(e) => updateSettings({ bilingual: (e.currentTarget as HTMLInputElement).checked })} />
              <span>{t('settings.bilingual')}</span>
            </label>
            <label class="choice">
              <input type="checkbox" name="help-desk" checked={settings.helpDesk} onChange={(e) => updateSettings({ helpDesk: (e.currentTarget as HTMLInputElement).checked })} />
              <span>{t('settings.helpDesk')}</span>
            </label>
          </div>
          <p class="hint">{t('settings.helpDeskAbout')}</p>
          <label class="select-label" for="idle-minutes">{t('settings.idle')}</label>
          <select id="idle-minutes" name="idle-minutes" value={String(settings.idleMinutes)} onChange={(e) => updateSettings({ idleMinutes: Number((e.currentTarget as HTMLSelectElement).value) })}>
            {[...new Set([...IDLE_CHOICES, settings.idleMinutes])].sort((a, b) => a - b).map((m) => (
              <option key={m} value={String(m)}>{t('settings.minutes', { count: m })}</option>
            ))}
          </select>
        </fieldset>
      </form>
      <h2>{t('settings.device.title')}</h2>
      <DeviceStatus />
      <h2>{t('settings.deleteTitle')}</h2>
      <p>{t('settings.deleteAbout')}</p>
      <p>
        <button type="button" class="button danger" onClick={() => { clearAll(); resetSettings(); setDeleted(true); }}>
          {t('settings.delete')}
        </button>
      </p>
      <p role="status" class={deleted ? 'done' : 'visually-hidden'}>{deleted ? t('settings.deleted') : null}</p>
    </>
  );
}
