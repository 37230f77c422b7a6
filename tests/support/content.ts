/** What a test site should publish, worked out from its source files with the site's own rules. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { postFiles, splitPost } from '../../src/lib/content-check.ts';
import { postIdOf } from '../../src/lib/post-id.ts';
import { byNewest, isPublished } from '../../src/lib/publishing.ts';
import { siteDir } from './sites.ts';

export interface SourcePost {
  /** The post's file. */
  file: string;
  id: string;
  title: string;
  date: Date;
  tags: string[];
  draft: boolean;
  updated?: Date | undefined;
  cover?: { src: string; alt: string } | undefined;
  series?: string | undefined;
}

export function sourcePosts(site: string): SourcePost[] {
  const blog = join(siteDir(site), 'src/content/blog');
  return postFiles(blog).map((file) => {
    const frontmatter = splitPost(readFileSync(file, 'utf8'))?.yaml ?? '';
    const data = parseYaml(frontmatter) as { title: string; date: string | Date; updated?: string | Date; tags?: string[]; draft?: boolean; cover?: { src: string; alt: string }; series?: string };
    return {
      file,
      id: postIdOf(relative(blog, file)),
      title: data.title,
      date: new Date(data.date),
      updated: data.updated ? new Date(data.updated) : undefined,
      tags: data.tags ?? [],
      draft: data.draft ?? false,
      cover: data.cover,
      series: data.series,
    };
  });
}

/** Published posts, newest first, as of now (the test sites are built moments before the tests run). */
export function publishedPosts(site: string): SourcePost[] {
  const now = new Date();
  return sourcePosts(site)
    .filter((post) => isPublished(post, now))
    .sort(byNewest);
}
