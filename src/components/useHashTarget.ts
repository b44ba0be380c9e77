/**
 * After the page renders, scrolls to and focuses the element the URL's #hash names (#P30, #S31).
 * When a link in the app led there (a citation on a result), it also says which page that was, so
 * the page can offer the way back right where the person is reading.
 */
import { useEffect, useState } from 'preact/hooks';
import { takeCameFrom } from './cameFrom';

export interface HashTarget {
  id: string;
  /** The in-app page the person came from, if a link brought them. */
  from?: string;
}

export function useHashTarget(): HashTarget | undefined {
  const [found, setFound] = useState<HashTarget | undefined>(undefined);
  useEffect(() => {
    const from = takeCameFrom();
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // a broken #hash: stay at the top
    }
    const target = id && document.getElementById(id);
    if (!target) return;
    target.classList.add('targeted');
    target.tabIndex = -1; // focusable from script only, so the reader starts there
    target.scrollIntoView();
    target.focus({ preventScroll: true });
    setFound({ id, from });
  }, []);
  return found;
}
