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
