/** "Continue where you left off" on the home page (outside help-desk mode), read after hydration. */
import { useEffect, useState } from 'preact/hooks';
import { catalog } from 'virtual:rumbo/catalog';
import { useT } from '../i18n';
import { clearResume, readResume, type Resume } from '../resume';
import { langOf, switchLangHref } from '../routes';
import { useSettings } from '../settings';

export function ResumeCard() {
  const { t, lang } = useT();
  const settings = useSettings();
  const [resume, setResume] = useState<Resume | undefined>(undefined);
  useEffect(() => setResume(readResume()), [settings.helpDesk]);
  const entry = resume && catalog.find((f) => f.id === resume.flow);
  if (!resume || !entry || settings.helpDesk) return null;
  // Continue in the language the person is reading now.
  const href = langOf(resume.url) === lang ? resume.url : switchLangHref(resume.url, lang);
  return (
    <section class="resume" aria-labelledby="resume-title">
      <h2 id="resume-title">{t('resume.title')}</h2>
      <p class="actions">
        <a class="button" href={href}>{t('resume.action', { flow: t(`catalog.${entry.id}.title`) })}</a>
        <button
          type="button"
          class="link-button"
          onClick={() => {
            clearResume();
            setResume(undefined);
          }}
        >
          {t('resume.discard')}
        </button>
      </p>
    </section>
  );
}
