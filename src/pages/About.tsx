/** What Rumbo is and is not, where its facts come from, privacy, the content version. */
import { version } from 'virtual:rumbo/catalog';
import { PageTitle } from '../components/PageTitle';
import { formatDate } from '../format';
import { useHead } from '../head';
import { addPageTexts, useT } from '../i18n';
import { pageHref } from '../routes';
import aboutText from 'virtual:rumbo/page-text/about';

// This page's own text (both languages) comes with its code, not with every page's common text.
addPageTexts(aboutText);

export function About() {
  const { t, lang } = useT();
  useHead({ lang, title: t('about.title'), description: t('about.lead'), rest: '/about/' });
  return (
    <>
      <PageTitle>{t('about.title')}</PageTitle>
      <p class="lead">{t('about.lead')}</p>
      <h2>{t('about.notTitle')}</h2>
      <p>{t('about.not')}</p>
      <h2>{t('about.factsTitle')}</h2>
      <p>{t('about.facts')}</p>
      <p><a href={pageHref(lang, 'sources')}>{t('about.factsLink')}</a></p>
      <h2>{t('about.privacyTitle')}</h2>
      <p>{t('about.privacy')}</p>
      <h2>{t('about.versionTitle')}</h2>
      <p>{t('about.version', { date: formatDate(version.date, lang), hash: version.hash })}</p>
    </>
  );
}
