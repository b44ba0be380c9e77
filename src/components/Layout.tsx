/** Header, main and footer around every page. */
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';
import { homeHref, pageHref, type Lang } from '../routes';
import { LanguageSwitch } from './LanguageSwitch';
import { BrandMark } from './BrandMark';
import { Icon } from './Icon';
import { useLocation } from 'preact-iso';
import { useSettings } from '../settings';
import { deferred } from './deferred';
import type { HelpDeskProps } from './HelpDesk';

import { replacingClicks } from './replaceLinks';
import { watchInAppLinks } from './cameFrom';
import { useEffect } from 'preact/hooks';

const HelpDeskBar = deferred<HelpDeskProps>(() => import('./HelpDesk').then((m) => m.HelpDeskBar));
// The offline and update notices: their status region is in the page from the start.
const PwaNotices = deferred(() => import('../pwa/PwaNotices').then((m) => m.PwaNotices));

export function Layout({ lang, children }: { lang: Lang; children: ComponentChildren }) {
  const { t } = useT();
  const settings = useSettings();
  const { route } = useLocation();
  // Which page a link was followed from, for "back to where you were" on the page it leads to.
  useEffect(watchInAppLinks, []);
  // At a help desk, in-app links replace the history entry, so Back never shows an earlier person's steps.
  return (
    <div class="shell" onClick={settings.helpDesk ? replacingClicks(route) : undefined}>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="site-header">
        <div class="bar">
          <a class="brand" href={homeHref(lang)}>
            <BrandMark />
            <span>Rumbo</span>
          </a>
          <nav class="header-nav" aria-label={t('nav.label')}>
            <a class="urgent-link" href={pageHref(lang, 'help')}>
              <Icon name="phone" size={18} />
              {t('nav.help')}
            </a>
            <LanguageSwitch lang={lang} />
          </nav>
        </div>
      </header>
      {settings.helpDesk && <HelpDeskBar lang={lang} settings={settings} />}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      {/* After the page's content: "ready" is read there; the offline and update notices stick to the
          bottom of the screen (appearing below what is read, they never move it). */}
      <div class="pwa-status" role="status" aria-live="polite">
        <PwaNotices />
      </div>
      <footer class="site-footer">
        <p>{t('notice.general')}</p>
        <nav aria-label={t('nav.footer')}>
          <ul>
            <li><a href={homeHref(lang)}>{t('nav.home')}</a></li>
            <li><a href={pageHref(lang, 'about')}>{t('nav.about')}</a></li>
            <li><a href={pageHref(lang, 'sources')}>{t('nav.sources')}</a></li>
            <li><a href={pageHref(lang, 'results')}>{t('nav.results')}</a></li>
            <li><a href={pageHref(lang, 'settings')}>{t('nav.settings')}</a></li>
          </ul>
        </nav>
      </footer>
    </div>
  );
}
