/** Words a minute for prose, and characters a minute for scripts written without spaces. */
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/** Counts what a reader reads: not MDX import/export lines, tags or link targets. */
function tally(markdown: string): { words: number; cjk: number } {
  const text = markdown
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
  return {
    cjk: text.match(CJK)?.length ?? 0,
    words: text.replace(CJK, ' ').match(WORD)?.length ?? 0,
  };
}

// Every list that shows a post's card asks again (a post is on about four list pages): count once.
const minutesByText = new Map<string, number>();

/** Whole minutes, at least one. */
export function readingMinutes(markdown: string): number {
  let minutes = minutesByText.get(markdown);
  if (minutes === undefined) {
    const { words, cjk } = tally(markdown);
    minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
    minutesByText.set(markdown, minutes);
  }
  return minutes;
}
