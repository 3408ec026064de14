module yb/h2md1

go 1.26

require github.com/JohannesKaufmann/html-to-markdown v1.6.0

require (
	github.com/PuerkitoBio/goquery v1.9.2 // indirect
	github.com/andybalholm/cascadia v1.3.2 // indirect
	golang.org/x/net v0.25.0 // indirect
)
