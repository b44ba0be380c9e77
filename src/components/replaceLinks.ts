/**
 * Makes in-app link clicks replace the current history entry instead of adding one: used where the
 * browser history must not keep a person's steps (help-desk mode, sensitive flows).
 */
export function replacingClicks(route: (url: string, replace?: boolean) => void) {
  return (e: MouseEvent) => {
    const link = (e.target as Element | null)?.closest?.('a');
    const href = link?.getAttribute('href');
    if (!link || !href?.startsWith('/') || link.target || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    route(href, true);
  };
}
