/** The icons a flow may name in content (flow.icon); drawn in Icon.tsx. */
export const ICON_NAMES = [
  'compass', 'office', 'id-card', 'disability', 'mind', 'wallet', 'health', 'shield', 'child',
  'refuge', 'return', 'work', 'equal', 'scale', 'globe', 'key', 'phone', 'alert',
] as const;
export type IconName = (typeof ICON_NAMES)[number];
