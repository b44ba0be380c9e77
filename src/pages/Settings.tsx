/** Settings: language, and deleting what Rumbo keeps on this device. */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PageTitle } from '../components/PageTitle';
import { useHead } from '../head';
import { useT } from '../i18n';
import { saveLanguage } from '../i18n/detect';
import { LANGS, pageHref, type Lang } from '../routes';
import { clearAll } from '../storage';

const NAMES: Record<Lang, string> = { es: 'Español', en: 'English' };

export function Settings() {
  const { t, lang } = useT();
  const { route } = useLocation();
  const [deleted, setDeleted] = useState(false);
  useHead({ lang, title: t('settings.title'), description: t('settings.lead'), rest: '/settings/' });
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <form class="stack" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('settings.language')}</legend>
          {LANGS.map((l) => (
            <label key={l} class="choice" lang={l}>
              <input
                type="radio"
                name="lang"
                value={l}
                checked={l === lang}
                onChange={() => {
                  saveLanguage(l);
                  route(pageHref(l, 'settings'), true);
                }}
              />
              <span>{NAMES[l]}</span>
            </label>
          ))}
        </fieldset>
      </form>
      <h2>{t('settings.deleteTitle')}</h2>
      <p>{t('settings.deleteAbout')}</p>
      <p>
        <button
          type="button"
          class="button danger"
          onClick={() => {
            clearAll();
            setDeleted(true);
          }}
        >
          {t('settings.delete')}
        </button>
      </p>
      <p role="status" class={deleted ? 'done' : 'visually-hidden'}>{deleted ? t('settings.deleted') : ''}</p>
    </>
  );
}
