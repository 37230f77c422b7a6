import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildTime } from '../lib/build-time.ts';
import { checkContent, formatProblem } from '../lib/content-check.ts';
import { ContentCheckCache } from '../lib/content-check-cache.ts';
import { startCardsEarly } from '../lib/social/early-cards.ts';
import { postCount } from '../lib/post-count.ts';
import { setSitePublicDir, sitePublicDir } from '../lib/public-files.ts';

/**
 * Checks every post before Astro starts building, so bad frontmatter stops the build with one
 * readable line per problem (file:line — field: reason) and nothing is written to the output folder.
 * In dev the same lines are logged, and Astro's overlay shows the error on the page. A build that
 * passes starts drawing its posts' social cards from what the check read. Clean verdicts are kept in
 * Astro's cache folder for the next check (content-check-cache.ts).
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        setSitePublicDir(fileURLToPath(config.publicDir));
        const cache = new ContentCheckCache(join(fileURLToPath(config.cacheDir), 'content-check.json'));
        const { problems, posts, reused } = checkContent(fileURLToPath(new URL('./src/content/blog/', config.root)), root, { cache, publicDir: sitePublicDir() });
        cache.save();
        if (problems.length === 0) {
          logger.info(`${postCount(posts.length)} checked, no problems${reused > 0 ? ` (${reused} unchanged since the last check)` : ''}`);
          if (command === 'build') startCardsEarly(posts, buildTime());
          return;
        }
        const report = problems.map(formatProblem).join('\n');
        if (command !== 'build') {
          logger.warn(`Problems in posts:\n${report}`);
          return;
        }
        const error = new Error(`${problems.length} problem${problems.length > 1 ? 's' : ''} in posts:\n${report}`);
        error.stack = error.message;
        throw error;
      },
    },
  };
}
