#!/usr/bin/python3
"""pyquery's text() of the page's <body> (Debian's python3-pyquery on lxml),
as a scraper written with pyquery takes a page's text. Usage:
python3 pq.py PAGE.html > PAGE.txt"""
import sys
from pyquery import PyQuery
d = PyQuery(open(sys.argv[1], 'rb').read(), parser='html')
sys.stdout.write(d('body').text() + '\n')
