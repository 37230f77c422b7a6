import { z } from 'zod';
import { isoDate } from './dates.ts';

/**
 * YAML turns 2026-02-07 into a Date, but a quoted date or a date-time stays a string (and the content
 * check's YAML parser keeps every date a string). Accept both, read them as Astro's YAML parser reads
 * its Dates: a date is midnight UTC, and a time without an offset is that time in UTC, wherever the
 * build runs. Besides "2026-02-07T09:30:00Z": "t" or spaces before the time, "z", "+09:00", "+0900" or
 * "-5" as the offset. Month, day and hour take two digits (YAML allows one; write 2026-02-07).
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:(?:[Tt]|\s+)(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:([Zz])|([+-])(\d{1,2})(?::?(\d{2}))?)?)?$/;

/** The instant a date string names, or a message when it names none (2026-02-30). */
function parseDate(value: string): Date | string {
  const match = ISO_DATE.exec(value);
  if (!match) return `must be a date such as 2026-02-07, not "${value}"`;
  const [, year, month, day, time, , sign, hours, minutes] = match;
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (isoDate(calendar) !== `${year}-${month}-${day}`) return `must be a date that exists: ${year}-${month}-${day} does not`;
  if (!time) return calendar;
  const offset = sign ? `${sign}${hours!.padStart(2, '0')}:${minutes ?? '00'}` : 'Z';
  const date = new Date(`${year}-${month}-${day}T${time}${offset}`);
  return Number.isNaN(date.getTime()) ? `must be a date such as 2026-02-07, not "${value}"` : date;
}

function dateField() {
  return z.preprocess(
    (value, ctx) => {
      if (typeof value !== 'string' || !/^\d{4}-/.test(value.trim())) return value;
      const date = parseDate(value.trim());
      if (typeof date === 'string') {
        ctx.addIssue({ code: 'custom', message: date, input: value });
        return z.NEVER;
      }
      return date;
    },
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? 'is required'
          : `must be a date such as 2026-02-07${typeof issue.input === 'string' ? `, not "${issue.input}"` : ''}`,
    }),
  );
}

function text(what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`) })
    .trim()
    .min(1, 'must not be empty');
}

// Built once and shared: Astro calls the collection's schema function once per post (for its image()
// helper), and constructing zod schemas costs more than validating a post with them.
const TITLE = text('text');
const DESCRIPTION = text('text');
const DATE = dateField();
const UPDATED = dateField().optional();
const TAGS = z.array(text('text'), { error: 'must be a list of tags, such as [rust, ai]' }).default([]);
const DRAFT = z.boolean({ error: 'must be true or false' }).default(false);
const ALT = text('a description of the image (alt text)');
const CANONICAL = z.url({ error: 'must be an absolute URL such as https://example.com/post/' }).optional();
const TOC = z.boolean({ error: 'must be true or false' }).optional();
const SERIES = text('the name of a series, such as "Building a compiler"').optional();
const COVER_SHAPE = 'must be an image and its alt text, such as { src: ./cover.png, alt: What the image shows }';

/** The description `npm run new` starts a draft with: fine in a draft, never in a published post. */
export const PLACEHOLDER_DESCRIPTION = 'One or two sentences for post lists, feeds and search results.';

/**
 * The frontmatter of a post. `image` is Astro's image() helper in the content config, and a stand-in
 * that checks the file exists in the standalone content check, so both validate with this one schema.
 */
export function postSchema<Image extends z.ZodType>(image: () => Image) {
  return z
    .strictObject({
      title: TITLE,
      description: DESCRIPTION,
      date: DATE,
      updated: UPDATED,
      tags: TAGS,
      draft: DRAFT,
      cover: z.strictObject({ src: image(), alt: ALT }, { error: COVER_SHAPE }).optional(),
      canonical: CANONICAL,
      toc: TOC,
      series: SERIES,
    })
    .superRefine((post, ctx) => {
      if (!post.draft && post.description === PLACEHOLDER_DESCRIPTION) {
        ctx.addIssue({
          code: 'custom',
          path: ['description'],
          message: 'is still the placeholder npm run new wrote: say in a sentence or two what the post is about',
        });
      }
      if (post.updated && post.updated.getTime() < post.date.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: `must not be before date (${isoDate(post.date)})`,
        });
      }
    });
}

/** Field names a post may use, for suggesting the right one when a name is misspelled. */
export const POST_FIELDS = ['title', 'description', 'date', 'updated', 'tags', 'draft', 'cover', 'canonical', 'toc', 'series'];
