/** `npm run new -- "Title of the post"`: a new draft in src/content/blog/<slug>/index.mdx. */
import { createPost, NewPostError } from '../src/lib/new-post.ts';
import { postPath, withBase } from '../src/lib/urls.ts';
import { site } from '../src/site.config.ts';

const DEV_ORIGIN = 'http://localhost:4321';

try {
  const { file, slug } = createPost(process.cwd(), process.argv.slice(2).join(' '));
  console.log(`Created ${file}`);
  console.log(`Preview it with "npm run dev" at ${DEV_ORIGIN}${withBase(postPath(slug), site.base)}`);
} catch (error) {
  if (!(error instanceof NewPostError)) throw error;
  console.error(error.message);
  process.exit(1);
}
