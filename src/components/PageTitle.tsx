/**
 * The page's main heading. After any navigation inside the app to a new page or a new step (a new
 * path), focus moves to it, so keyboard and screen-reader users start at the new page and hear its
 * title. A new query on the same page (the search as you type) leaves the focus where it is.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';

let firstPageShown = false;

export function PageTitle({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { path } = useLocation();
  useEffect(() => {
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, [path]);
  return (
    <h1 ref={ref} tabIndex={-1} id="page-title">
      {children}
    </h1>
  );
}
