/** Unknown links: a translated message and ways forward (also offline). */
import { PageTitle } from '../components/PageTitle';
import { useHead } from '../head';
import { useT } from '../i18n';
import { homeHref, pageHref } from '../routes';

export function NotFound() {
  const { t, lang } = useT();
  useHead({ lang, title: t('notFound.title'), description: t('notFound.body') });
  return (
    <section>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <p class="actions">
        <a class="button" href={homeHref(lang)}>{t('notFound.home')}</a>
        <a class="button secondary" href={pageHref(lang, 'help')}>{t('nav.help')}</a>
      </p>
    </section>
  );
}
