/**
 * A confirmed contact: who answers, how to reach them, whether it is free, its source and date seen.
 * In the bilingual view its name and what it does show in both languages.
 */
import type { Contact } from '../content/schema';
import { formatDate, formatPhone } from '../format';
import { useT } from '../i18n';
import { Dual } from './Dual';
import { Icon } from './Icon';
import { SourceRefs } from './SourceRefs';

export function ContactCard({ contact, headingLevel = 2 }: { contact: Contact; headingLevel?: 2 | 3 }) {
  const { t, lang } = useT();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const key = `facts:contacts.${contact.id}`;
  return (
    <li class="contact">
      <H>
        <Dual k={`${key}.name`} />
      </H>
      <p>
        <Dual k={`${key}.who`} />
      </p>
      {contact.phone && (
        <p class="call-row">
          <a class="button call" href={`tel:${contact.phone}`}>
            <Icon name="phone" size={20} />
            {t('contact.call', { number: formatPhone(contact.phone) })}
          </a>
          {contact.option && <span class="option">{t('contact.option', { option: contact.option })}</span>}
        </p>
      )}
      {contact.url && (
        <p>
          <a href={contact.url} target="_blank" rel="noopener noreferrer">
            {contact.url.replace(/^https?:\/\/(www\.)?/, '')}
          </a>
        </p>
      )}
      {contact.free && <p class="badge">{t('contact.free')}</p>}
      {contact.status === 'partial' && <p class="caveat">{t(`${key}.caveat`)}</p>}
      <p class="meta">
        {`${t('contact.source')} `}
        <SourceRefs refs={contact.sources} />
        {` · ${t('contact.seen', { date: formatDate(contact.seen, lang) })}`}
      </p>
    </li>
  );
}
