<?php
// lg.php PAGE.html: print the page as Markdown by the PHP library
// league/html-to-markdown (Debian's php-league-html-to-markdown 5.1.0, PHP
// 8.2): HtmlConverter::convert() of the whole file with the option
// strip_tags on (elements with no Markdown equivalent lose their tags, not
// their text) and the library's TableConverter added (pipe tables), every
// other option at its default, and a newline.
require '/usr/share/php/League/HTMLToMarkdown/autoload.php';
use League\HTMLToMarkdown\HtmlConverter;
use League\HTMLToMarkdown\Converter\TableConverter;

$c = new HtmlConverter(['strip_tags' => true]);
$c->getEnvironment()->addConverter(new TableConverter());
echo $c->convert(file_get_contents($argv[1])), "\n";
