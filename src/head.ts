/**
 * <html lang>, <title>, description, canonical and hreflang alternates, and the manifest link:
 * collected while prerendering, applied to the document after client navigation.
 */
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { LANGS, type Lang } from './routes';
import { manifestPath } from './pwa/manifest-path';

declare const __SITE_ORIGIN__: string;

export interface Head {
  lang: Lang;
  title: string;
  description: string;
  /** The path without its language folder, e.g. `/help/` (alternates are this path in each language). */
  rest?: string;
}

let collected: Head | undefined;

/** Sets the page's head; every page calls it once. */
export function useHead(head: Head): void {
  if (typeof window === 'undefined') collected = head;
  // The language with the text it describes, before the browser paints or a screen reader reads it.
  useLayoutEffect(() => {
    if (document.documentElement.lang !== head.lang) document.documentElement.lang = head.lang;
  }, [head.lang]);
  useEffect(() => applyHead(head, location.origin), [head.lang, head.title, head.description, head.rest]);
}

/** The head collected by the page just prerendered (reset on read). */
export function takeHead(): Head | undefined {
  const h = collected;
  collected = undefined;
  return h;
}

export function fullTitle(title: string): string {
  return title === 'Rumbo' ? title : `${title} · Rumbo`;
}

interface Link {
  rel: string;
  href: string;
  hreflang?: string;
}

function links(head: Head, origin: string): Link[] {
  if (head.rest === undefined) return [];
  return [
    { rel: 'canonical', href: `${origin}/${head.lang}${head.rest}` },
    ...LANGS.map((l) => ({ rel: 'alternate', hreflang: l, href: `${origin}/${l}${head.rest}` })),
    { rel: 'alternate', hreflang: 'x-default', href: `${origin}/` },
  ];
}

/** Head elements for the prerenderer. */
export function headElements(head: Head): Set<{ type: string; props: Record<string, string> }> {
  const origin = typeof __SITE_ORIGIN__ === 'string' ? __SITE_ORIGIN__ : '';
  return new Set([
    { type: 'meta', props: { name: 'description', content: head.description } },
    ...links(head, origin).map((l) => ({ type: 'link', props: { ...l } })),
  ]);
}

function applyHead(head: Head, origin: string): void {
  document.documentElement.lang = head.lang;
  document.title = fullTitle(head.title);
  let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'description';
    document.head.append(meta);
  }
  meta.content = head.description;
  // The install prompt names the app in the page's language.
  const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (manifest && manifest.getAttribute('href') !== manifestPath(head.lang)) manifest.setAttribute('href', manifestPath(head.lang));
  document.head.querySelectorAll('link[rel="canonical"], link[rel="alternate"][hreflang]').forEach((l) => l.remove());
  for (const l of links(head, origin)) {
    const el = document.createElement('link');
    el.rel = l.rel;
    el.href = l.href;
    if (l.hreflang) el.hreflang = l.hreflang;
    document.head.append(el);
  }
}
