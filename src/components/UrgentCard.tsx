/** The way to urgent help (who to call now), on home, on an urgent result and when a search finds nothing. */
import { useT } from '../i18n';
import { pageHref, type Lang } from '../routes';
import { Icon } from './Icon';

export function UrgentCard({ lang }: { lang: Lang }) {
  const { t } = useT();
  return (
    <a class="urgent-card" href={pageHref(lang, 'help')}>
      <Icon name="phone" />
      <span>
        <strong>{t('home.urgentTitle')}</strong>
        <span>{t('home.urgentBody')}</span>
      </span>
    </a>
  );
}
