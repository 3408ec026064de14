module github.com/winnowhq/winnow

go 1.26.0

require (
	github.com/klauspost/compress v1.20.3 // indirect
	github.com/sourcegraph/conc v0.3.0 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	golang.org/x/text v0.43.0 // indirect
)
