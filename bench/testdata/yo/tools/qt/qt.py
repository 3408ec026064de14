#!/usr/bin/python3
"""qt.py PAGE.html: print Qt's plain text of the page: the file, read as
UTF-8, is set as the HTML of a QTextDocument (Qt's rich-text engine, Debian's
python3-pyqt6 6.4.2 on Qt 6.4.2) and its toPlainText() is printed with a
newline.  Run with QT_QPA_PLATFORM=offscreen (no display); nothing else set."""
import sys
from PyQt6.QtGui import QGuiApplication, QTextDocument

app = QGuiApplication(sys.argv[:1])
doc = QTextDocument()
with open(sys.argv[1], encoding='utf-8') as f:
    doc.setHtml(f.read())
sys.stdout.write(doc.toPlainText() + '\n')
