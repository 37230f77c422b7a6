import { slug } from 'github-slugger';

/**
 * A post's id, from its file's path inside the collection folder, as Astro's glob loader names it (its
 * `generateIdDefault`): the extension dropped, each folder and the file name slugged, and an `index`
 * file standing for its folder. "Hello World/index.mdx" is "hello-world"; its page is postPath(id).
 * The content check needs it before Astro has loaded a post, to know which addresses links may name.
 */
export function postIdOf(pathInCollection: string): string {
  return pathInCollection
    .replace(/\.[^./\\]*$/, '')
    .split(/[\\/]/)
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
