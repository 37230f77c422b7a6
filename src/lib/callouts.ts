/**
 * The kinds of callout an author may write (as <Callout type="…"> in MDX, or as a `> [!KIND]` alert in
 * Markdown), and the word each one is announced and shown with. GitHub's five alert kinds are all here,
 * so an alert written for GitHub renders the same on the site.
 */
export const CALLOUT_LABELS = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
  danger: 'Danger',
} as const;

export type CalloutType = keyof typeof CALLOUT_LABELS;

export function isCalloutType(type: string): type is CalloutType {
  return Object.hasOwn(CALLOUT_LABELS, type);
}

/** What a callout is announced as: its kind, then its title ("Warning: Back up first"). */
export function calloutName(type: CalloutType, title?: string): string {
  return title ? `${CALLOUT_LABELS[type]}: ${title}` : CALLOUT_LABELS[type];
}

export interface IconShape {
  tag: 'circle' | 'path';
  attributes: Record<string, string>;
}

const path = (d: string): IconShape => ({ tag: 'path', attributes: { d } });

// Caution is GitHub's name for what the Callout called danger: the same sign.
const STOP_SIGN = [path('M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9z'), path('M12 8v4M12 16h.01')];

/** Each kind's icon, drawn in a 24 × 24 box with a 2 px round stroke; the Callout component and the alert plugin both draw these. */
export const CALLOUT_ICONS: Record<CalloutType, IconShape[]> = {
  note: [{ tag: 'circle', attributes: { cx: '12', cy: '12', r: '10' } }, path('M12 16v-4M12 8h.01')],
  tip: [path('M9 18h6M10 22h4'), path('M12 2a7 7 0 0 0-4 12.7c.6.5 1 1.3 1 2.1V17h6v-.2c0-.8.4-1.6 1-2.1A7 7 0 0 0 12 2z')],
  important: [path('M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z'), path('M12 7v4M12 14h.01')],
  warning: [path('M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z'), path('M12 9v4M12 17h.01')],
  caution: STOP_SIGN,
  danger: STOP_SIGN,
};

/** The attributes of every callout icon's <svg>; it is decoration, and feeds leave it out. */
export const CALLOUT_ICON_SVG = {
  class: 'callout-icon',
  'data-feed': 'omit',
  'aria-hidden': 'true',
  width: '18',
  height: '18',
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '2',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;
