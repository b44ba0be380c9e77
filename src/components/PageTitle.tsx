/**
 * The page's main heading. After any navigation inside the app to a new page or a new step (a new
 * path), focus moves to it, so keyboard and screen-reader users start at the new page and hear its
 * title. A new query on the same page (the search as you type) leaves the focus where it is.
 * Back and Forward return to where the person was reading on that page (the focus still goes to the
 * heading, without scrolling to it); a page opened at a #target scrolls there instead.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';

let firstPageShown = false;
/** How far down each address was read, and the address Back or Forward is going to. */
const readTo = new Map<string, number>();
let traversedTo: string | undefined;
const here = () => location.pathname + location.search;
if (typeof window !== 'undefined') {
  // Not while Back or Forward is under way: the browser may scroll the old page under the new address.
  addEventListener('scroll', () => traversedTo === here() || readTo.set(here(), scrollY), { passive: true });
  addEventListener('popstate', () => (traversedTo = here()));
}

export function PageTitle({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | undefined>(undefined);
  const { path, url } = useLocation();
  useEffect(() => {
    const back = traversedTo === here() && !location.hash ? readTo.get(here()) : undefined;
    traversedTo = undefined;
    const newPage = shown.current !== path;
    shown.current = path;
    if (firstPageShown && newPage) ref.current?.focus({ preventScroll: back !== undefined });
    if (back !== undefined) scrollTo(0, back);
    firstPageShown = true;
  }, [url]);
  return (
    <h1 ref={ref} tabIndex={-1} id="page-title">
      {children}
    </h1>
  );
}
