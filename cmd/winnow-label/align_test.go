package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBodyLines(t *testing.T) {
	gold := "The council approved the budget on Tuesday after a long debate.\n\nCritics said the plan came too late for the schools.\n\nMore"
	tests := []struct {
		name  string
		lines []string
		want  []bool
	}{
		{"exact lines", []string{"Home", "The council approved the budget on Tuesday after a long debate.", "Critics said the plan came too late for the schools.", "Share"},
			[]bool{false, true, true, false}},
		{"teaser repeating a paragraph before the article does not steal it",
			[]string{"Critics said the plan came too late for the schools.", "News", "The council approved the budget on Tuesday after a long debate.", "Critics said the plan came too late for the schools."},
			[]bool{false, false, true, true}},
		{"short line continuing the gold at the cursor", []string{"The council approved the budget on Tuesday after a long debate.", "Critics said the plan came too late for the schools.", "More"},
			[]bool{true, true, true}},
		{"short menu word far from the cursor", []string{"More", "The council approved the budget on Tuesday after a long debate."},
			[]bool{false, true}},
		{"edited paragraph matched by shingles", []string{"The council approved the budget on Tuesday after a long debate, officials said.", "Critics said the plan came too late for the schools."},
			[]bool{true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, bodyLines(tt.lines, gold))
		})
	}
}

func TestHeadline(t *testing.T) {
	lines := []string{"Council approves budget - City News", "Home", "Council approves budget", "By Jane", "The council approved the budget."}
	assert.Equal(t, 2, headline(lines, []bool{false, false, false, false, true}))
	assert.Equal(t, -1, headline(lines, []bool{true, false, false, false, false}))
}
