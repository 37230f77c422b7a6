/**
 * Synthetic posts for tests and the benchmark: deterministic (seeded), realistic in shape — headings,
 * paragraphs, a list, a code block — so builds exercise the same work as real writing.
 */
const WORDS = (
  'the compiler checks every borrow before code runs so whole classes of bugs never reach production ' +
  'agents read types and signatures to decide what to call next and tests confirm the behaviour ' +
  'a build pipeline caches artifacts between steps while readers subscribe through feeds and search ' +
  'memory layout matters for throughput yet clarity matters more for the next engineer reading this module ' +
  'small functions with one job compose into systems that stay understandable as they grow over years'
).split(' ');

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export interface GeneratedPost {
  /** File name relative to the blog content folder. */
  file: string;
  source: string;
  title: string;
  tags: string[];
  date: Date;
}

export interface GenerateOptions {
  count: number;
  /** Approximate words of body text per post. */
  words?: number;
  tagPool?: string[];
  tagsPerPost?: number;
  /** Date of the newest post; each older post is one day earlier. */
  newest?: Date;
  prefix?: string;
  seed?: number;
  /** Add a paragraph with a root-relative link to the next older post, inline code and emphasis, as real posts have. */
  crossLinks?: boolean;
}

export const DEFAULT_TAG_POOL = Array.from({ length: 50 }, (_, i) => `topic-${String(i + 1).padStart(2, '0')}`);

export function generatePosts(options: GenerateOptions): GeneratedPost[] {
  const { count, words = 1200, tagPool = DEFAULT_TAG_POOL, tagsPerPost = 3, prefix = 'generated', seed = 7, crossLinks = false } = options;
  const newest = options.newest ?? new Date('2026-01-31T00:00:00Z');
  const next = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = (length: number) => {
    const text = Array.from({ length }, () => pick(WORDS)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 4 }, () => sentence(10 + Math.floor(next() * 8))).join(' ');

  const slug = (i: number) => `${prefix}-${String(i + 1).padStart(4, '0')}`;
  return Array.from({ length: count }, (_, i) => {
    const number = String(i + 1).padStart(4, '0');
    const date = new Date(newest.getTime() - i * 86_400_000);
    const tags = [...new Set(Array.from({ length: tagsPerPost }, () => pick(tagPool)))];
    const title = `${sentence(5).slice(0, -1)} ${number}`;
    const sections: string[] = [];
    let written = 0;
    for (let section = 1; written < words; section++) {
      const body = [paragraph(), paragraph()];
      if (section % 2 === 1) body.push(['- ' + sentence(6), '- ' + sentence(7), '- ' + sentence(5)].join('\n'));
      if (section === 2) body.push('```ts\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n```');
      if (section === 1 && crossLinks && i + 1 < count) {
        body.push(`As the [previous post](/blog/${slug(i + 1)}/) showed, \`add()\` is *pure*: ${sentence(8)}`);
      }
      sections.push(`## Section ${section}\n\n${body.join('\n\n')}`);
      written += body.join(' ').split(/\s+/).length;
    }
    const source = [
      '---',
      `title: "${title}"`,
      `description: "${sentence(12)}"`,
      `date: ${date.toISOString().slice(0, 10)}`,
      `tags: [${tags.map((tag) => JSON.stringify(tag)).join(', ')}]`,
      '---',
      '',
      sections.join('\n\n'),
      '',
    ].join('\n');
    return { file: `${slug(i)}.md`, source, title, tags, date };
  });
}
