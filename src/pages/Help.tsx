/** Urgent help: the confirmed emergency and help lines, with tel: links. */
import { contacts } from 'virtual:rumbo/facts';
import { ContactCard } from '../components/ContactCard';
import { PageTitle } from '../components/PageTitle';
import { QuickExit } from '../components/QuickExit';
import { useFactsText } from '../data/content';
import { useHead } from '../head';
import { addPageTexts, useT } from '../i18n';
import { LANGS } from '../routes';
import { useSettings } from '../settings';
import helpText from 'virtual:rumbo/page-text/help';

// This page's own text (both languages) comes with its code, not with every page's common text.
addPageTexts(helpText);

const urgent = contacts.filter((c) => c.urgent).sort((a, b) => (a.urgent ?? 0) - (b.urgent ?? 0));

export function Help() {
  const { t, lang } = useT();
  const { bilingual } = useSettings();
  useFactsText(lang, bilingual ? LANGS.find((l) => l !== lang) : undefined);
  useHead({ lang, title: t('help.title'), description: t('help.lead'), rest: '/help/' });
  return (
    <>
      {/* A person in danger comes here, from any page: the way out is here too. */}
      <QuickExit />
      <PageTitle>{t('help.title')}</PageTitle>
      <p class="lead">{t('help.lead')}</p>
      <p>{t('help.abroad')}</p>
      <ul class="contacts">
        {urgent.map((c) => (
          <ContactCard key={c.id} contact={c} />
        ))}
      </ul>
      <p class="note">{t('help.note')}</p>
    </>
  );
}
