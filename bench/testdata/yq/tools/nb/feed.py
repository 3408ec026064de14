#!/usr/bin/python3
"""feed.py PAGE.html FEED.xml: wrap a page in a one-item RSS 2.0 feed, as a
full-content feed carries it: the channel's title is the page's
og:site_name, the item's title its <title>, its link the canonical URL, its
pubDate the article:published_time (RFC 822), and its content:encoded the
whole file, unchanged, in a CDATA section.  Nothing else is added."""
import html, re, sys
from datetime import datetime

src = open(sys.argv[1], encoding='utf-8').read()
meta = lambda prop: html.unescape(re.search(r'<meta property="%s" content="([^"]*)"' % prop, src).group(1))
title = html.unescape(re.search(r'<title>(.*?)</title>', src, re.S).group(1))
link = re.search(r'<link rel="canonical" href="([^"]*)"', src).group(1)
date = datetime.fromisoformat(meta('article:published_time')).strftime('%a, %d %b %Y %H:%M:%S %z')
e = html.escape
out = f'''<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>{e(meta('og:site_name'))}</title>
<link>{e(link.split('/', 3)[0] + '//' + link.split('/', 3)[2] + '/')}</link>
<description>{e(meta('og:site_name'))}</description>
<item>
<title>{e(title)}</title>
<link>{e(link)}</link>
<guid>{e(link)}</guid>
<pubDate>{date}</pubDate>
<content:encoded><![CDATA[{src}]]></content:encoded>
</item>
</channel>
</rss>
'''
open(sys.argv[2], 'w', encoding='utf-8').write(out)
