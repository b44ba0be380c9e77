/** Home: Rumbo in one sentence, urgent help, and the services. */
import { PageTitle } from '../components/PageTitle';
import { ServiceList } from '../components/ServiceList';
import { Icon } from '../components/Icon';
import { InstallPrompt } from '../pwa/InstallPrompt';
import { useHead } from '../head';
import { useT } from '../i18n';
import { pageHref } from '../routes';

export function Home() {
  const { t, lang } = useT();
  useHead({ lang, title: 'Rumbo', description: t('home.lead'), rest: '/' });
  return (
    <>
      <section class="hero">
        <PageTitle>{t('home.title')}</PageTitle>
        <p class="lead">{t('home.lead')}</p>
        <a class="urgent-card" href={pageHref(lang, 'help')}>
          <Icon name="phone" />
          <span>
            <strong>{t('home.urgentTitle')}</strong>
            <span>{t('home.urgentBody')}</span>
          </span>
        </a>
      </section>
      <section aria-labelledby="services-title">
        <h2 id="services-title">{t('home.servicesTitle')}</h2>
        <ServiceList lang={lang} />
      </section>
      <InstallPrompt />
    </>
  );
}
