/**
 * The inline scripts the site's own components put into every page, and the Content-Security-Policy
 * that allows them. Pages carry that policy as they are rendered, so the pass after the build (see
 * security-headers.ts), which hashes whatever inline content the built pages really hold, finds them
 * right and rewrites none; only a page with inline content of its own (a post's MDX, say) makes it
 * write the wider policy into every page.
 */
import { buildPolicy, cspHash } from './csp.ts';

/** Runs before first paint, so a stored theme choice never flashes the other theme. */
export const THEME_INIT_SCRIPT = `try {
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {}`;

/** The policy for pages whose only inline content is the site's own. */
export const RENDERED_POLICY = buildPolicy([cspHash(THEME_INIT_SCRIPT)], []).meta;
