module yo/st

go 1.26

require github.com/grokify/html-strip-tags-go v0.0.1
