/** Simple line icons (24 px grid, drawn for Rumbo), decorative: always aria-hidden. */
import type { IconName } from './icon-names';

const PATHS: Record<IconName, string> = {
  compass: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M15.5 8.5l-2 5l-5 2l2-5z',
  office: 'M4 21V5l8-3l8 3v16M4 21h16M9 21v-4h6v4M8 8h2M14 8h2M8 12h2M14 12h2',
  'id-card': 'M3 6h18v12H3zM7 10a2 2 0 1 0 4 0a2 2 0 1 0-4 0M6 16c.5-1.5 1.7-2 3-2s2.5.5 3 2M14 10h4M14 13h3',
  disability: 'M12 4a1.5 1.5 0 1 0 0 .1M10 8h4M12 8v6h4l2 5M10.5 11.5A5 5 0 1 0 15 19',
  mind: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  wallet: 'M3 7h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H3zM3 7l13-3v3M16 13.5h2',
  health: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z',
  shield: 'M12 3l8 3v6c0 4.5-3.4 8-8 9c-4.6-1-8-4.5-8-9V6zM9 12l2 2l4-4',
  child: 'M12 3a3 3 0 1 0 0 6a3 3 0 1 0 0-6M8 21v-5l-2-3l4-2h4l4 2l-2 3v5',
  refuge: 'M3 11l9-7l9 7M5 10v10h14V10M10 20v-5h4v5',
  return: 'M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-4',
  work: 'M3 8h18v11H3zM8 8V5h8v3M3 13h18',
  equal: 'M5 9h14M5 15h14',
  scale: 'M12 4v16M7 20h10M5 7h14M5 7l-3 6a3 3 0 0 0 6 0zM19 7l-3 6a3 3 0 0 0 6 0z',
  globe: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9',
  key: 'M8 11a4 4 0 1 0 0 .1M12 11h9M18 11v3M15 11v2',
  phone: 'M5 3h4l2 5l-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2',
  alert: 'M12 3l10 18H2zM12 10v5M12 17.5v.5',
};

export function Icon({ name, size = 24 }: { name: IconName; size?: number }) {
  return (
    <svg class="icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      <path d={PATHS[name]} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
