#!/usr/bin/python3
"""pp.py — the driver for the print layout: prints what Debian's
python3-pypdf 3.4.1 extracts from each page of the PDF named on the command
line (PdfReader(path).pages[i].extract_text(), every option at its default),
the pages' texts joined by a newline, and a newline."""
import sys
from pypdf import PdfReader

r = PdfReader(sys.argv[1])
sys.stdout.write('\n'.join(p.extract_text() for p in r.pages) + '\n')
