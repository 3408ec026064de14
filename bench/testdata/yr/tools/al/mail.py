#!/usr/bin/env python3
"""(yr) mail.py P.html MBOX: wrap the page, unchanged, as the text/html body
(UTF-8, quoted-printable) of a one-message mbox, as a "send this page by
e-mail" service or a newsletter archive delivers it: From the site's name
(og:site_name) at its newsletter address, Subject the page's <title>, Date
from article:published_time."""
import sys, re, html, datetime, email.utils
from email.mime.text import MIMEText
from email import charset
src = open(sys.argv[1], encoding='utf-8').read()
meta = lambda p: html.unescape(re.search(r'<meta property="%s" content="([^"]*)"' % p, src).group(1))
title = html.unescape(re.search(r'<title>(.*?)</title>', src, re.S).group(1))
site = meta('og:site_name')
host = re.search(r'<link rel="canonical" href="https?://(?:www\.)?([^/"]+)', src).group(1)
when = datetime.datetime.fromisoformat(meta('article:published_time'))
cs = charset.Charset('utf-8'); cs.body_encoding = charset.QP
m = MIMEText('', 'html', 'utf-8')
m.set_payload(src, cs)
m['From'] = email.utils.formataddr((site, 'newsletter@' + host))
m['To'] = 'leser@example.org'
m['Subject'] = title
m['Date'] = email.utils.format_datetime(when)
m['Message-ID'] = '<1@%s>' % host
s = m.as_string()
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    f.write('From newsletter@%s %s\n' % (host, when.strftime('%a %b %d %H:%M:%S %Y')))
    f.write(re.sub(r'(?m)^From ', '>From ', s) + '\n')
