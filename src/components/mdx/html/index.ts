/**
 * The void elements Markdown writes (an image, a rule, a line break, a task list's checkbox), rendered by
 * Astro components in MDX posts. MDX renders them through Astro's JSX runtime, which writes XHTML's
 * `<hr/>`; an Astro component writes `<hr>`, the form the HTML validator (void-style) asks for.
 */
import Br from './Br.astro';
import Hr from './Hr.astro';
import Img from './Img.astro';
import Input from './Input.astro';

export const markdownElements = { br: Br, hr: Hr, img: Img, input: Input };
