<?php
// Horde_Text_Filter's Html2text (Debian php-horde-text-filter), as Horde IMP shows an HTML message as plain text
spl_autoload_register(function ($c) { $f = str_replace('_', '/', $c) . '.php'; if (stream_resolve_include_path($f)) { require_once $f; } });
$html = file_get_contents($argv[1]);
echo Horde_Text_Filter::filter($html, 'Html2text', array('charset' => 'UTF-8')), "\n";
