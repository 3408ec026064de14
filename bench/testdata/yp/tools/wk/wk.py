#!/usr/bin/python3
"""wk.py PAGE.html: print WebKitGTK's innerText of the page: the file, read
as UTF-8, is loaded (load_html, base URI file:///) into a WebKit2 WebView of
Debian's gir1.2-webkit2-4.1 (WebKitGTK 2.50.6, through python3-gi), with
JavaScript off for the page, and when the load has finished
document.body.innerText is evaluated and printed with a newline.  Run under
xvfb-run (GTK needs a display); nothing else set."""
import sys
import gi
gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2, GLib

html = open(sys.argv[1], encoding='utf-8').read()
settings = WebKit2.Settings()
settings.set_enable_javascript_markup(False)
view = WebKit2.WebView.new_with_settings(settings)
win = Gtk.OffscreenWindow()
win.set_default_size(1280, 800)
win.add(view)
win.show_all()
out = []

def done(v, res, _):
    val = v.run_javascript_finish(res).get_js_value()
    out.append(val.to_string())
    Gtk.main_quit()

def changed(v, ev):
    if ev == WebKit2.LoadEvent.FINISHED:
        v.run_javascript('document.body.innerText', None, done, None)

view.connect('load-changed', changed)
view.load_html(html, 'file:///')
GLib.timeout_add_seconds(60, Gtk.main_quit)
Gtk.main()
if not out:
    sys.exit('no text')
sys.stdout.write(out[0] + '\n')
