/** Citations: record paragraphs and public sources, each linking to the in-app sources page (offline). */
import { useT } from '../i18n';
import { pageHref } from '../routes';

/**
 * `brackets` puts the list in brackets that stay on the line of the code they touch: each link is
 * an inline block (a 24 px target), and the browser would otherwise break a line after "(".
 */
export function SourceRefs({ refs, brackets = false }: { refs: readonly string[]; brackets?: boolean }) {
  const { t, lang } = useT();
  const last = refs.length - 1;
  return (
    <span class="source-refs">
      {refs.map((ref, i) => {
        const link = (
          <a href={`${pageHref(lang, ref.startsWith('P') ? 'sources' : 'references')}#${ref}`} aria-label={ref.startsWith('P') ? t('cite.paragraph', { n: ref.slice(1) }) : t('cite.source', { id: ref })}>
            {ref}
          </a>
        );
        const open = brackets && i === 0;
        const close = brackets && i === last;
        return (
          <>
            {i > 0 && ', '}
            {open || close ? (
              <span key={ref} class="nowrap">
                {open && '('}
                {link}
                {close && ')'}
              </span>
            ) : (
              link
            )}
          </>
        );
      })}
    </span>
  );
}
