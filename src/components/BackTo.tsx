/** "Back to where you were": under a cited paragraph or source, for a person who followed the citation. */
import { useLocation } from 'preact-iso';
import { useT } from '../i18n';
import { useSettings } from '../settings';

export function BackTo({ href }: { href: string }) {
  const { t, lang } = useT();
  const { route } = useLocation();
  const { helpDesk } = useSettings();
  return (
    <p class="back-to" lang={lang}>
      <a
        class="back-link"
        href={href}
        onClick={(e) => {
          if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          e.stopPropagation();
          // Back, not a new visit: the result comes back where the person was reading it. At a help
          // desk links replace the history entry, so there is no entry to go back to: open it again.
          if (helpDesk) route(href, true);
          else history.back();
        }}
      >
        {t('sources.back')}
      </a>
    </p>
  );
}
