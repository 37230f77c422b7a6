import { pagePath } from './urls.ts';

export interface Page<T> {
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
  /** Site-relative paths of the neighbouring pages, when they exist. */
  prev?: string | undefined;
  next?: string | undefined;
}

/**
 * Splits a list into pages of `size`. An empty list still has one (empty) page, so the list's own
 * URL always exists; no page past the last is ever made.
 */
export function paginate<T>(items: readonly T[], size: number, listPath: string): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a positive whole number, not ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    return {
      number,
      total,
      items: items.slice(index * size, number * size),
      prev: number > 1 ? pagePath(listPath, number - 1) : undefined,
      next: number < total ? pagePath(listPath, number + 1) : undefined,
    };
  });
}

/** " (page 2 of 5)" beyond page 1, for a list page's heading, title and description. */
export function pageSuffix(page: { number: number; total: number }): string {
  return page.number > 1 ? ` (page ${page.number} of ${page.total})` : '';
}

/**
 * A list page's title and description: page 1 as given (no title means the site's own, for the home
 * page); later pages say which they are, so no two pages share a title.
 */
export function listPageText(page: { number: number; total: number }, heading: string, title: string | undefined, description: string): { title: string | undefined; description: string } {
  const suffix = pageSuffix(page);
  return { title: title || suffix ? `${title ?? heading}${suffix}` : undefined, description: `${description}${suffix}` };
}
