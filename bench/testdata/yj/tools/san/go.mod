module yj/san

go 1.26.8

require github.com/kennygrant/sanitize v1.2.4

require golang.org/x/net v0.63.0 // indirect
