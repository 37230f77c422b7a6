import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { basePathLinks } from '../../src/lib/markdown/base-path-links.ts';
import { writingHastPlugins } from '../../src/lib/markdown/index.ts';
import { publicImageSizes } from '../../src/lib/markdown/public-image-sizes.ts';
import { setSitePublicDir, sitePublicDir } from '../../src/lib/public-files.ts';
import { tempDir } from '../support/temp-dir.ts';

const FOOTER = 'src/content/blog/rust-is-winning-the-ai-code-generation-race/footer.png';

test('images from public/ get their file’s width and height, under a base path too; others are left alone', async (t) => {
  const publicDir = tempDir('public-sizes-');
  mkdirSync(join(publicDir, 'images'));
  copyFileSync(FOOTER, join(publicDir, 'images/banner one.png'));
  writeFileSync(join(publicDir, 'notes.png'), 'not an image');
  const previous = sitePublicDir();
  setSitePublicDir(publicDir);
  t.after(() => setSitePublicDir(previous));

  for (const base of ['/', '/sub/']) {
    const processor = await createSatteriMarkdownProcessor({
      hastPlugins: [basePathLinks(base), ...writingHastPlugins('https://blog.example'), publicImageSizes(base)],
    });
    const markdown = ['![banner](/images/banner%20one.png)', '![gone](/images/gone.png)', '![text](/notes.png)', '![beside](./beside.png)', '![far](https://cdn.example/x.png)'].join('\n\n');
    const { code } = await processor.render(markdown, { frontmatter: {} });
    const images = Object.fromEntries(parse(code).querySelectorAll('img').map((img) => [img.getAttribute('alt') ?? 'beside, left to Astro', [img.getAttribute('width'), img.getAttribute('height')]]));
    const none = [undefined, undefined];
    assert.deepEqual(images, { banner: ['2000', '1120'], gone: none, text: none, 'beside, left to Astro': none, far: none }, `base ${base}`);
  }
});
