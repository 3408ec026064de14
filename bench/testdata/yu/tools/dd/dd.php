<?php
// Print PHP DOM's textContent of the <body>: DOMDocument::loadHTML of the
// whole file (libxml2's HTML parser; parse warnings silenced), then the
// textContent of the body element, and a newline.
libxml_use_internal_errors(true);
$d = new DOMDocument();
$d->loadHTML(file_get_contents($argv[1]));
echo $d->getElementsByTagName('body')->item(0)->textContent, "\n";
