module xy/gqtext

go 1.26.8

require github.com/PuerkitoBio/goquery v1.10.3

require (
	github.com/andybalholm/cascadia v1.3.3 // indirect
	golang.org/x/net v0.39.0 // indirect
)
