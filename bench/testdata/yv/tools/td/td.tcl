# tDOM (Debian tdom): parse the page with tDOM's HTML parser, print the <body>'s asText
package require tdom
set f [open [lindex $argv 0]]
fconfigure $f -encoding utf-8
set html [read $f]
close $f
set doc [dom parse -html -keepEmpties $html]
set body [lindex [[$doc documentElement] selectNodes //body] 0]
fconfigure stdout -encoding utf-8
puts [$body asText]
