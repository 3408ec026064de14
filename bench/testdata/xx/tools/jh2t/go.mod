module xx/jh2t

go 1.26.0

require github.com/jaytaylor/html2text v0.0.0-20230321000545-74c2419ad056

require (
	github.com/clipperhouse/uax29/v2 v2.6.0 // indirect
	github.com/mattn/go-runewidth v0.0.19 // indirect
	github.com/olekukonko/tablewriter v0.0.5 // indirect
	github.com/ssor/bom v0.0.0-20170718123548-6386211fdfcf // indirect
	golang.org/x/net v0.63.0 // indirect
)
