/**
 * A flow text in the page's language and, in the bilingual view, the same text in the other
 * language beneath it (for a caseworker and a person who do not share a language).
 */
import { i18n, useT } from '../i18n';
import { LANGS } from '../routes';
import { useSettings } from '../settings';

export function Dual({ k }: { k: string }) {
  const { t, lang } = useT();
  const { bilingual } = useSettings();
  const other = LANGS.find((l) => l !== lang)!;
  const second = bilingual && i18n.exists(k, { lng: other }) ? i18n.t(k, { lng: other }) : undefined;
  return (
    <>
      {t(k)}
      {second && (
        <span class="dual" lang={other}>
          {second}
        </span>
      )}
    </>
  );
}
