/**
 * "Leave this page quickly": replaces the page and its history entry with a neutral blank page
 * (on this site: nothing leaves the phone). The Escape key pressed twice does the same.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n';

export const NEUTRAL_PAGE = '/blank.html';

export function leaveQuickly(): void {
  try {
    sessionStorage.clear();
  } catch {
    /* nothing to clear */
  }
  location.replace(NEUTRAL_PAGE);
}

/**
 * The bar stays at the top of the screen while the page scrolls: the page keeps that much room
 * above whatever takes focus (a link reached with Shift+Tab, the next question's heading), so the
 * bar never hides it (WCAG 2.4.11). Its height follows the text size and the width.
 */
function useRoomAbove(bar: { current: HTMLElement | null }): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const fit = () => (root.style.scrollPaddingTop = `${(bar.current?.offsetHeight ?? 0) + 8}px`);
    fit();
    const watch = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : undefined;
    if (bar.current) watch?.observe(bar.current);
    return () => {
      watch?.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, []);
}

export function QuickExit() {
  const { t } = useT();
  const bar = useRef<HTMLDivElement>(null);
  useRoomAbove(bar);
  useEffect(() => {
    let last = 0;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const now = Date.now();
      if (now - last < 1000) leaveQuickly();
      last = now;
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  // Only the button stays on screen; its explanation scrolls away with the page. Where the long
  // label would take three lines or more (large text on a narrow screen), the short one shows: the
  // hidden one is left out of the button's name, so what is seen is what is named.
  return (
    <>
      <div class="quick-exit" ref={bar}>
        <button type="button" class="button quick-exit-button" onClick={leaveQuickly} aria-describedby="quick-exit-hint">
          <span class="quick-exit-long">{t('quickExit.action')}</span>
          <span class="quick-exit-short">{t('quickExit.short')}</span>
        </button>
      </div>
      {/* The Esc key only where there is a keyboard: a phone has none. */}
      <p class="hint quick-exit-hint" id="quick-exit-hint">
        {t('quickExit.hint')}
        {/* One text node, as the prerendered page has it. */}
        <span class="quick-exit-esc">{` ${t('quickExit.esc')}`}</span>
      </p>
    </>
  );
}
