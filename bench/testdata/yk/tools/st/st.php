<?php
// Print what PHP's strip_tags() makes of an HTML file (no allowed tags, the
// function's only option left at its default), byte for byte.
echo strip_tags(file_get_contents($argv[1]));
