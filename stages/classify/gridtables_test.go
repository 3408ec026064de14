package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
)

func TestGridTables(t *testing.T) {
	B, I, P, X, C := lBody, lBio, lPromo, lChrome, lComment
	prose := "La biblioteca abrirá también los sábados por la mañana y en época de exámenes hasta las once."
	after := "El fondo local, con libros y revistas sobre la ciudad desde el siglo XIX, estaba guardado en cajas."
	cases := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "two columns between body",
			lines: []string{prose, "Día", "Horario", "Lunes a viernes", "9:00 a 21:00", "Sábados", "10:00 a 14:00", after},
			in:    []corpus.Label{B, C, C, C, C, C, C, C},
			want:  []corpus.Label{B, B, B, B, B, B, B, C},
		},
		{
			name:  "three columns under a heading, a source note, then the article",
			lines: []string{prose, "Clasificación", "Pos.", "Equipo", "Puntos", "1", "CD Toledo B", "64", "2", "CP Villarrobledo", "61", "Fuente: RFEF", after},
			in:    []corpus.Label{X, X, X, X, X, X, X, X, X, X, X, P, B},
			want:  []corpus.Label{X, B, B, B, B, B, B, B, B, B, B, B, B},
		},
		{
			name:  "a live blog's stamp parts the table from the entry",
			lines: []string{"14:10", prose, "名次", "成绩", "桐庐县分水镇队", "2分58秒", "富阳区场口镇队", "3分02秒", "11:30", after},
			in:    []corpus.Label{X, B, X, X, X, X, X, X, X, B},
			want:  []corpus.Label{X, B, B, B, B, B, B, B, X, B},
		},
		{
			name: "dates of many words, a dash for an empty cell",
			lines: []string{prose, "Periodo", "Días permitidos", "Horario", "15 de febrero a 31 de marzo", "Martes, jueves y sábados", "8.00 a 12.00",
				"1 de abril a 15 de mayo", "Solo sábados", "8.00 a 11.00", "16 de mayo a 15 de octubre", "Prohibido", "—", after},
			in:   []corpus.Label{B, X, X, X, X, X, X, X, X, X, X, X, X, B},
			want: []corpus.Label{B, B, B, B, B, B, B, B, B, B, B, B, B, B},
		},
		{
			name:  "a menu with a subscription offer and slashes is no grid",
			lines: []string{prose, "Sonneberg", "Neuhaus am Rennweg", "Thüringen", "Wetter", "Sport", "Einloggen Waldbote digital: 3 Monate für 3 Euro", "/", "Wetter", "/"},
			in:    []corpus.Label{B, X, X, X, X, X, P, X, X, X},
			want:  []corpus.Label{B, X, X, X, X, X, P, X, X, X},
		},
		{
			name:  "nowhere near the article: a sidebar's grid stays",
			lines: []string{"Resultados", "Local", "Visitante", "Albacete", "2-1", "Hellín", "0-0", "Suscríbete"},
			in:    []corpus.Label{P, P, P, P, P, P, P, P},
			want:  []corpus.Label{P, P, P, P, P, P, P, P},
		},
		{
			name:  "a numbered list of headlines has no header row",
			lines: []string{prose, "1", "Nuevo parque", "2", "Obras en la plaza", "3", "Feria del libro", after},
			in:    []corpus.Label{B, P, P, P, P, P, P, B},
			want:  []corpus.Label{B, P, P, P, P, P, P, B},
		},
		{
			name:  "rows whose columns change kind are no grid",
			lines: []string{prose, "Nombre", "Cargo", "Ana Ruiz", "Alcaldesa", "2024", "Concejal", after},
			in:    []corpus.Label{B, I, I, I, I, I, I, B},
			want:  []corpus.Label{B, I, I, I, I, I, I, B},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, labelled(t, c.lines, c.in, gridTables))
		})
	}
}
