<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows an RSS or Atom feed as a readable page when someone opens it in a
  browser, with a few words on what a feed is. Kept in the repository: no
  request leaves the site.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <xsl:variable name="title" select="rss/channel/title | atom:feed/atom:title"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width,initial-scale=1"/>
        <title><xsl:value-of select="$title"/> (feed)</title>
        <style>
          body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
          .about { background: #fff8e1; border-left: 4px solid #8d6e00; padding: .5rem 1rem; }
          a { color: #283593; }
          li { margin: .8rem 0; }
          small { color: #4d4d4d; }
        </style>
      </head>
      <body>
        <main>
          <section class="about" aria-label="What is this page?">
            <p><strong>This is a feed</strong>: a list of the newest entries that a feed reader
            (or a feed-to-e-mail service) checks for you, so that you hear of new content without
            visiting the site.</p>
            <p>To subscribe, copy this page's address from the address bar into your feed reader.</p>
          </section>
          <h1><xsl:value-of select="$title"/></h1>
          <ul>
            <xsl:for-each select="rss/channel/item">
              <li>
                <a href="{link}"><xsl:value-of select="title"/></a><br/>
                <small><xsl:value-of select="pubDate"/></small><br/>
                <xsl:value-of select="description"/>
              </li>
            </xsl:for-each>
            <xsl:for-each select="atom:feed/atom:entry">
              <li>
                <a href="{atom:link/@href}"><xsl:value-of select="atom:title"/></a><br/>
                <small><xsl:value-of select="substring(atom:published, 1, 10)"/></small><br/>
                <xsl:value-of select="atom:summary"/>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
