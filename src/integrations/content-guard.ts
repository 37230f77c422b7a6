import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildTime } from '../lib/build-time.ts';
import { checkContent, formatProblem } from '../lib/content-check.ts';
import { ContentCheckCache } from '../lib/content-check-cache.ts';
import { startCardsEarly } from '../lib/social/early-cards.ts';
import { postCount } from '../lib/post-count.ts';
import { setSitePublicDir, sitePublicDir } from '../lib/public-files.ts';

/** How long the dev server waits after a save before checking again: an editor may write a file in bursts. */
const SETTLE_MS = 150;

/**
 * Checks every post before Astro starts building, so bad frontmatter stops the build with one
 * readable line per problem (file:line — field: reason) and nothing is written to the output folder.
 * In dev the same lines are logged, at start and again whenever a post or a file beside one is saved
 * (clean verdicts are kept, so only what changed is read again), and once more when all is well. A
 * build that passes starts drawing its posts' social cards from what the check read. Clean verdicts
 * are kept in Astro's cache folder for the next check (content-check-cache.ts).
 */
export function contentGuard(): AstroIntegration {
  let check: (() => ReturnType<typeof checkContent>) | undefined;
  let blog = '';
  /** The problems last reported, so the dev server speaks up only when they change. */
  let standing = '';
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        blog = fileURLToPath(new URL('./src/content/blog/', config.root));
        setSitePublicDir(fileURLToPath(config.publicDir));
        const cacheFile = join(fileURLToPath(config.cacheDir), 'content-check.json');
        check = () => {
          const cache = new ContentCheckCache(cacheFile);
          const result = checkContent(blog, root, { cache, publicDir: sitePublicDir() });
          cache.save();
          return result;
        };
        const { problems, posts, reused } = check();
        if (problems.length === 0) {
          logger.info(`${postCount(posts.length)} checked, no problems${reused > 0 ? ` (${reused} unchanged since the last check)` : ''}`);
          if (command === 'build') startCardsEarly(posts, buildTime());
          return;
        }
        const report = problems.map(formatProblem).join('\n');
        if (command !== 'build') {
          logger.warn(`Problems in posts:\n${report}`);
          standing = report;
          return;
        }
        const error = new Error(`${problems.length} problem${problems.length > 1 ? 's' : ''} in posts:\n${report}`);
        error.stack = error.message;
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!check || !file.startsWith(blog)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            standing = recheck(check!, standing, logger);
          }, SETTLE_MS);
        });
      },
    },
  };
}

/** Checks again and says so only when the verdict changed; returns the report now standing ("" for none). */
function recheck(check: () => ReturnType<typeof checkContent>, last: string, logger: AstroIntegrationLogger): string {
  const { problems, posts } = check();
  const report = problems.map(formatProblem).join('\n');
  if (report && report !== last) logger.warn(`Problems in posts:\n${report}`);
  else if (!report && last) logger.info(`${postCount(posts.length)} checked, no problems`);
  return report;
}
