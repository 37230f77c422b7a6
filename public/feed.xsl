<?xml version="1.0" encoding="UTF-8"?>
<!--
  Turns the RSS feeds into a readable page when opened in a browser. Feed readers ignore it.
  Self-contained (no external CSS or scripts), so it works under any base path. Its inline style is
  allowed by hash in dist/_headers (src/integrations/security-headers.ts).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:variable name="self" select="/rss/channel/atom:link[@rel='self']/@href"/>

  <xsl:template match="/">
    <html>
      <xsl:attribute name="lang"><xsl:value-of select="/rss/channel/language"/></xsl:attribute>
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="/rss/channel/title"/> (web feed)</title>
        <!-- The site's icon: the channel image, root-relative so it loads from whatever host serves the feed. -->
        <link rel="icon" type="image/png">
          <xsl:attribute name="href">/<xsl:value-of select="substring-after(substring-after(/rss/channel/image/url, '//'), '/')"/></xsl:attribute>
        </link>
        <style>
          :root { color-scheme: light dark; --bg: #fdfcfa; --fg: #1f2328; --muted: #57606a; --accent: #c2410c; --box: #f3efe8; }
          @media (prefers-color-scheme: dark) { :root { --bg: #14161a; --fg: #e6e6e6; --muted: #a1a7b0; --accent: #fb923c; --box: #22252b; } }
          body { margin: 0; background: var(--bg); color: var(--fg); font: 1.0625rem/1.6 system-ui, sans-serif; }
          main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
          a { color: var(--accent); }
          a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
          .about { background: var(--box); border-radius: 0.5rem; padding: 1rem 1.25rem; }
          .about h2 { margin-top: 0; font-size: 1.125rem; }
          .feed-url { display: block; padding: 0.5rem 0.75rem; border: 1px solid var(--muted); border-radius: 0.375rem; font: 0.9375rem/1.4 ui-monospace, monospace; overflow-wrap: anywhere; user-select: all; }
          .items { list-style: none; padding: 0; }
          .items li { margin: 0 0 1.5rem; }
          .items h3 { margin: 0; font-size: 1.125rem; }
          .date, .lede { color: var(--muted); }
          .date { font-size: 0.875rem; }
          .items p { margin: 0.25rem 0 0; }
        </style>
      </head>
      <body>
        <main>
          <p class="lede">Web feed preview</p>
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <p><xsl:value-of select="/rss/channel/description"/></p>
          <section class="about" aria-labelledby="about-feeds">
            <h2 id="about-feeds">This is a web feed</h2>
            <p>
              A feed (RSS) lets you follow this site in a feed reader: new posts arrive there, in full, without
              visiting the site or giving anyone your email address.
            </p>
            <p>To subscribe, copy this address into your feed reader:</p>
            <code class="feed-url"><xsl:value-of select="$self"/></code>
            <p>
              New to feeds? Feed readers are free apps and sites; search for “RSS reader” to pick one.
              Or <a><xsl:attribute name="href"><xsl:value-of select="/rss/channel/link"/></xsl:attribute>visit the website</a>.
            </p>
          </section>
          <h2>Recent posts</h2>
          <ol class="items">
            <xsl:for-each select="/rss/channel/item">
              <li>
                <h3><a><xsl:attribute name="href"><xsl:value-of select="link"/></xsl:attribute><xsl:value-of select="title"/></a></h3>
                <!-- "Sat, 07 Feb 2026 00:00:00 GMT" read as the site writes dates: "February 7, 2026". -->
                <div class="date"><xsl:value-of select="substring-before(substring-after('Jan:January,Feb:February,Mar:March,Apr:April,May:May,Jun:June,Jul:July,Aug:August,Sep:September,Oct:October,Nov:November,Dec:December,', concat(substring(pubDate, 9, 3), ':')), ',')"/><xsl:text> </xsl:text><xsl:value-of select="number(substring(pubDate, 6, 2))"/>, <xsl:value-of select="substring(pubDate, 13, 4)"/></div>
                <p><xsl:value-of select="description"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
