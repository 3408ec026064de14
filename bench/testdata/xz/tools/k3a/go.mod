module xz/k3a

go 1.26

require github.com/k3a/html2text v1.3.0
