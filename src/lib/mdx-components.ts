/**
 * The names of the components an .mdx post may use without an import (src/components/mdx/index.ts,
 * which a test holds to this list): the content check tells an author who writes one in a .md post,
 * where it would be left as an unknown HTML tag, to make the post MDX.
 */
export const MDX_COMPONENT_NAMES: readonly string[] = ['Callout', 'Details', 'Figure'];
