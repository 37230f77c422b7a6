/** The kinds of Callout an author may write, and the word each one is announced and shown with. */
export const CALLOUT_LABELS = { note: 'Note', tip: 'Tip', warning: 'Warning', danger: 'Danger' } as const;

export type CalloutType = keyof typeof CALLOUT_LABELS;

export function isCalloutType(type: string): type is CalloutType {
  return Object.hasOwn(CALLOUT_LABELS, type);
}
