/**
 * What an author may write after a code fence's language, e.g.
 *   ```ts title="src/greet.ts" {1,3-4} ins={6} del={5}
 * title: a file name shown above the block; {…}: lines to highlight; ins/del: lines added or removed.
 */
export interface CodeMeta {
  title?: string;
  highlight: number[];
  ins: number[];
  del: number[];
}

const TOKEN = /(\w+)=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}|(\S+))|\{([^}]*)\}/g;

/** "1,3-5" → [1, 3, 4, 5]; anything that is not a line number or a range is ignored. */
export function parseLineRanges(text: string): number[] {
  const lines = new Set<number>();
  for (const part of text.split(',')) {
    const range = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!range) continue;
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    for (let line = Math.min(from, to); line <= Math.max(from, to); line++) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}

export function parseCodeMeta(meta: string | undefined): CodeMeta {
  const result: CodeMeta = { highlight: [], ins: [], del: [] };
  if (!meta) return result;
  for (const match of meta.matchAll(TOKEN)) {
    const [, key, doubleQuoted, singleQuoted, braced, bare, ranges] = match;
    if (ranges !== undefined) {
      result.highlight.push(...parseLineRanges(ranges));
      continue;
    }
    const value = doubleQuoted ?? singleQuoted ?? braced ?? bare ?? '';
    if (key === 'title' && value.trim()) result.title = value.trim();
    else if (key === 'ins' || key === 'del') result[key].push(...parseLineRanges(value));
  }
  const unique = (lines: number[]) => [...new Set(lines)].sort((a, b) => a - b);
  return { ...result, highlight: unique(result.highlight), ins: unique(result.ins), del: unique(result.del) };
}
