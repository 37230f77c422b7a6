/**
 * "Now" for deciding what is published. One value for the whole build, so a post cannot be public on
 * one page and scheduled on another. BUILD_TIME (ISO date) pins it, for reproducible builds and tests.
 */
let now: Date | undefined;

export function buildTime(): Date {
  if (!now) {
    const pinned = typeof process === 'undefined' ? undefined : process.env.BUILD_TIME;
    now = pinned ? new Date(pinned) : new Date();
    if (Number.isNaN(now.getTime())) throw new Error(`BUILD_TIME is not a date: ${pinned}`);
  }
  return now;
}
