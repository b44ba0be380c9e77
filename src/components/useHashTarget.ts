/** After the page renders, scrolls to and focuses the element the URL's #hash names (#P30, #S31). */
import { useEffect } from 'preact/hooks';

export function useHashTarget(): void {
  useEffect(() => {
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
  }, []);
}
