/** The services, read from content (the list grows as flows are added). */
import { catalog } from 'virtual:rumbo/catalog';
import { flowHref, type Lang } from '../routes';
import { useT } from '../i18n';
import { Icon } from './Icon';
import type { IconName } from './icon-names';

/** All services in content order, or `only` these, in the order given. */
export function ServiceList({ lang, only }: { lang: Lang; only?: readonly string[] }) {
  const { t } = useT();
  const entries = only ? only.flatMap((id) => catalog.filter((f) => f.id === id)) : catalog;
  return (
    <ul class="services">
      {entries.map((f) => (
          <li key={f.id}>
            <a class="service" href={flowHref(lang, f.id)}>
              <span class="service-icon"><Icon name={f.icon as IconName} /></span>
              <span class="service-text">
                <strong>{t(`catalog.${f.id}.title`)}</strong>
                <span>{t(`catalog.${f.id}.description`)}</span>
              </span>
            </a>
          </li>
        ))}
    </ul>
  );
}
