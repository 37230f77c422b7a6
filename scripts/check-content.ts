/**
 * The content half of `npm run check`: every post's frontmatter and body, all problems at once, one line
 * each (file:line — field: what is wrong). Exits 1 if there is any. A folder may be given to check
 * another content tree; the default is the blog.
 */
import { resolve } from 'node:path';
import { checkContentDir, formatProblem, postFiles } from '../src/lib/content-check.ts';

const root = process.cwd();
const dir = resolve(root, process.argv[2] ?? 'src/content/blog');
const started = performance.now();
const problems = checkContentDir(dir, root);
const elapsed = Math.round(performance.now() - started);
const posts = postFiles(dir).length;

if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${posts} post${posts === 1 ? '' : 's'} (${elapsed} ms).`);
  process.exit(1);
}
console.log(`Content check: ${posts} post${posts === 1 ? '' : 's'}, no problems (${elapsed} ms).`);
