/** Post dates are calendar dates; format them in UTC so no reader's time zone moves them a day. */
const LONG = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return LONG.format(date);
}

const DAY_AND_MONTH = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Feb 7": for lists already grouped under their year and month. */
export function formatDayAndMonth(date: Date): string {
  return DAY_AND_MONTH.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const MONTH = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

export interface YearGroup<T> {
  year: number;
  months: { month: string; items: T[] }[];
}

/** Groups items (already newest first) by year, then by month, keeping their order. */
export function groupByYearMonth<T>(items: readonly T[], dateOf: (item: T) => Date): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const item of items) {
    const date = dateOf(item);
    const year = date.getUTCFullYear();
    const month = MONTH.format(date);
    let group = years.at(-1);
    if (group?.year !== year) years.push((group = { year, months: [] }));
    let monthGroup = group.months.at(-1);
    if (monthGroup?.month !== month) group.months.push((monthGroup = { month, items: [] }));
    monthGroup.items.push(item);
  }
  return years;
}
