/** Citations: record paragraphs and public sources, each linking to the in-app sources page (offline). */
import { useT } from '../i18n';
import { pageHref } from '../routes';

export function SourceRefs({ refs }: { refs: readonly string[] }) {
  const { t, lang } = useT();
  return (
    <span class="source-refs">
      {refs.map((ref, i) => (
        <>
          {i > 0 && ', '}
          <a key={ref} href={`${pageHref(lang, ref.startsWith('P') ? 'sources' : 'references')}#${ref}`} aria-label={ref.startsWith('P') ? t('sources.paragraphLabel', { n: ref.slice(1) }) : t('sources.sourceLabel', { id: ref })}>
            {ref}
          </a>
        </>
      ))}
    </span>
  );
}
