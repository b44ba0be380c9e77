/**
 * The in-app page a person left by following a link (a citation on a result, say), so the page they
 * reach can offer a way back to it. Nothing when the page was opened directly, or reached with Back
 * or Forward.
 */
let from: string | undefined;

/** Notes the page before each in-app link is followed (capture phase: before the router moves on). */
export function watchInAppLinks(): () => void {
  const onClick = (e: MouseEvent) => {
    const href = (e.target as Element | null)?.closest?.('a')?.getAttribute('href');
    if (href?.startsWith('/') && !href.startsWith('//')) from = location.pathname + location.search;
  };
  const onPop = () => (from = undefined);
  addEventListener('click', onClick, true);
  addEventListener('popstate', onPop);
  return () => {
    removeEventListener('click', onClick, true);
    removeEventListener('popstate', onPop);
  };
}

/** The page the person came from by a link, once (read by the page they reached). */
export function takeCameFrom(): string | undefined {
  const f = from;
  from = undefined;
  return f;
}
