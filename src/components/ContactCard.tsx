/** A confirmed contact: who answers, how to reach them, whether it is free, its source and date seen. */
import type { Contact } from '../content/schema';
import { formatDate } from '../format';
import { useT } from '../i18n';
import { Icon } from './Icon';
import { SourceRefs } from './SourceRefs';

export function ContactCard({ contact, headingLevel = 2 }: { contact: Contact; headingLevel?: 2 | 3 }) {
  const { t, lang } = useT();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const key = `facts:contacts.${contact.id}`;
  return (
    <li class="contact">
      <H>{t(`${key}.name`)}</H>
      <p>{t(`${key}.who`)}</p>
      {contact.phone && (
        <p class="call-row">
          <a class="button call" href={`tel:${contact.phone}`}>
            <Icon name="phone" size={20} />
            {t('contact.call', { number: contact.phone })}
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
