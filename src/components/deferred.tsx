/**
 * A component loaded after the page is interactive (its code is not part of the first download):
 * it renders nothing until loaded, and nothing when prerendering. For extras that start empty
 * anyway (the install prompt, "continue where you left off", the help-desk bar).
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, checked at each use
export function deferred<P extends Record<string, any>>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function Deferred(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (loaded) return;
      // In a task of its own, not among the effects that run right after the page is drawn.
      const id = setTimeout(() => void load().then((c) => setComponent(() => (loaded = c))));
      return () => clearTimeout(id);
    }, []);
    return Component ? <Component {...props} /> : null;
  };
}
