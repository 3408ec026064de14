module ya/godown

go 1.26

require github.com/mattn/godown v0.0.1

require (
	github.com/mattn/go-runewidth v0.0.8 // indirect
	golang.org/x/net v0.0.0-20200202094626-16171245cfb2 // indirect
)
