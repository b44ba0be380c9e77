/** Home: Rumbo in one sentence, "Where do I start?", urgent help, and the services. */
import { catalog } from 'virtual:rumbo/catalog';
import { PageTitle } from '../components/PageTitle';
import { ServiceList } from '../components/ServiceList';
import { deferred } from '../components/deferred';
import { SearchForm } from '../components/SearchForm';
import { UrgentCard } from '../components/UrgentCard';
import { useHead } from '../head';
import { useT } from '../i18n';
import { START_FLOW, flowHref } from '../routes';
import { useSettings } from '../settings';


const ResumeCard = deferred(() => import('../components/ResumeCard').then((m) => m.ResumeCard));
const InstallPrompt = deferred(() => import('../pwa/InstallPrompt').then((m) => m.InstallPrompt));

export function Home() {
  const { t, lang } = useT();
  const settings = useSettings();
  useHead({ lang, title: 'Rumbo', description: t('home.lead'), rest: '/' });
  const start = catalog.find((f) => f.id === START_FLOW);
  return (
    <>
      <section class="hero">
        <PageTitle>{t('home.title')}</PageTitle>
        <p class="lead">{t('home.lead')}</p>
      </section>
      <SearchForm />
      <ResumeCard />
      {start && (
        <section class="start-card" aria-labelledby="start-title">
          <h2 id="start-title">{t('home.startTitle')}</h2>
          <p>{t(`catalog.${start.id}.description`)}</p>
          <a class="button start" href={flowHref(lang, start.id)}>{t('home.startAction')}</a>
        </section>
      )}
      <UrgentCard lang={lang} />
      <section aria-labelledby="services-title">
        <h2 id="services-title">{t('home.servicesTitle')}</h2>
        <ServiceList lang={lang} only={catalog.filter((f) => f.id !== START_FLOW).map((f) => f.id)} />
      </section>
      {!settings.helpDesk && <InstallPrompt />}
    </>
  );
}
