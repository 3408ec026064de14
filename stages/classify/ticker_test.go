package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winnowhq/winnow/corpus"
	"github.com/winnowhq/winnow/stages/features"
)

func TestLiveTicker(t *testing.T) {
	entries := []string{
		"Silny wiatr, który w nocy dotarł nad Pomorze, wyrządził szkody w kilkunastu powiatach.",
		"14:20",
		"Energetycy informują, że bez prądu pozostaje jeszcze około 41 tys. odbiorców.",
		"13:45",
		"Wojewoda pomorski zwołał posiedzenie zespołu zarządzania kryzysowego.",
		"13:10",
		"Nie kursuje kolejka między Gdańskiem a Kościerzyną, na tory spadły drzewa.",
		"Powalone drzewo na drodze koło Kartuz. Fot. Czytelnik / Portal Bałtycki",
		"12:30",
		"W Gdyni wiatr zerwał fragment dachu z hali sportowej przy ulicy Morskiej.",
		"Czytaj także",
	}
	tests := []struct {
		name  string
		lines []string
		in    []corpus.Label
		want  []corpus.Label
	}{
		{
			name:  "a ticker taken for a thread",
			lines: entries,
			in:    []corpus.Label{lBody, lComment, lComment, lComment, lComment, lComment, lChrome, lComment, lComment, lComment, lPromo},
			want:  []corpus.Label{lBody, lChrome, lBody, lChrome, lBody, lChrome, lBody, lComment, lChrome, lBody, lPromo},
		},
		{
			name: "entry headings under their times that the chain carried into promo",
			lines: []string{"Bonjour à tous, nous suivons toute la journée la grève dans les transports de Nancy.",
				"13h50", "Le taux de grévistes atteint 71 %", "Selon la direction du réseau, 71 % des conducteurs sont en grève ce mercredi matin.",
				"11h05", "Embouteillages à l'entrée de Nancy", "La circulation est très dense sur l'A33 et l'A31 à l'approche de la ville ce matin.",
				"9h40", "Rassemblement devant le dépôt", "Environ 150 salariés se sont rassemblés devant le dépôt de Vandœuvre ce mercredi."},
			in:   []corpus.Label{lBody, lChrome, lBody, lBody, lChrome, lPromo, lBody, lChrome, lPromo, lBody},
			want: []corpus.Label{lBody, lChrome, lBody, lBody, lChrome, lBody, lBody, lChrome, lBody, lBody},
		},
		{
			name: "entries under a read-also line that the chain carried on as promo",
			lines: []string{"In weiten Teilen von Chemnitz ist seit dem Nachmittag der Strom ausgefallen, wir berichten live.",
				"18:05 Uhr", "Die Feuerwehr bittet, den Notruf nur in echten Notfällen zu wählen.",
				"Lesen Sie auch: Wie gut sind Kliniken auf einen Blackout vorbereitet?",
				"17:20 Uhr", "AMPELN AUSGEFALLEN", "An der Kreuzung regeln Polizisten den Verkehr von Hand, es bildet sich ein Stau.",
				"16:40 Uhr", "Nach Angaben der Stadtwerke hat ein Transformator im Umspannwerk Feuer gefangen.",
				"MEISTGELESEN", "1. Weihnachtsmarkt öffnet mit neuem Riesenrad"},
			in:   []corpus.Label{lBody, lChrome, lBody, lPromo, lChrome, lPromo, lPromo, lChrome, lPromo, lPromo, lPromo},
			want: []corpus.Label{lBody, lChrome, lBody, lPromo, lChrome, lBody, lBody, lChrome, lPromo, lPromo, lPromo},
		},
		{
			name: "the first entry under a refresh button",
			lines: []string{"Odśwież relację", "14:20", "Energetycy informują, że bez prądu pozostaje jeszcze około 41 tys. odbiorców.",
				"13:45", "Wojewoda pomorski zwołał posiedzenie zespołu zarządzania kryzysowego.",
				"13:10", "Nie kursuje kolejka między Gdańskiem a Kościerzyną, na tory spadły drzewa.",
				"12:30", "W Gdyni wiatr zerwał fragment dachu z hali sportowej przy ulicy Morskiej."},
			in:   []corpus.Label{lChrome, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment},
			want: []corpus.Label{lChrome, lChrome, lBody, lChrome, lBody, lChrome, lBody, lChrome, lBody},
		},
		{
			name: "a thread: names above the times",
			lines: []string{"Komentarze (3)", "kierowca_z_zatorza", "14:20", "Pół roku? Zobaczymy, remont ronda też miał trwać pół roku.",
				"kibic", "13:45", "Nowak musi grać od pierwszej minuty, ile razy jeszcze trener będzie go trzymał?",
				"Ania", "13:10", "Dobrze, że wreszcie coś się dzieje w tym mieście, bo czekaliśmy latami."},
			in:   []corpus.Label{lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment},
			want: []corpus.Label{lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment},
		},
		{
			name: "a sidebar of headlines under times is not a ticker",
			lines: []string{entries[0], "Newsticker", "Bayern-Profi fällt nach Muskelverletzung mehrere Wochen aus", "14:20",
				"Bahn streicht zahlreiche Verbindungen im Norden wegen Sturm", "13:45",
				"Landtag debattiert über neues Schulgesetz und Lehrermangel", "13:10",
				"Polizei sucht Zeugen nach Unfall auf der Autobahn bei Kiel", "12:30", "Mehr Nachrichten aus der Region im Überblick"},
			in:   []corpus.Label{lBody, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome},
			want: []corpus.Label{lBody, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome, lChrome},
		},
		{
			name: "entries with headings of up to twelve words, one time under an advertisement label",
			lines: []string{"Po ulewach w Beskidach poziom Wisły w Krakowie rośnie od nocy. Śledzimy sytuację na bieżąco.",
				"10:05", "Tramwaje nie pojadą przez most Dębnicki", "MPK informuje, że linie 18 i 22 kursują objazdem przez most Grunwaldzki.",
				"09:30", "Prezydent miasta: nie ma potrzeby ewakuacji", "Wały są w dobrym stanie, dyżurują przy nich strażacy i pracownicy wodociągów.",
				"REKLAMA",
				"08:45", "Bulwary zamknięte", "Policja zamknęła bulwary wiślane na odcinku od Dębnik do Kazimierza."},
			in:   []corpus.Label{lBody, lComment, lComment, lComment, lComment, lComment, lComment, lChrome, lComment, lComment, lComment},
			want: []corpus.Label{lBody, lChrome, lBody, lBody, lChrome, lBody, lBody, lChrome, lChrome, lBody, lBody},
		},
		{
			name: "a heading of thirteen words under each time is no entry's",
			lines: []string{entries[0],
				"14:20", "Ein sehr langer Titel über die Lage im Norden und die Folgen des Sturms", entries[2],
				"13:45", "Ein sehr langer Titel über die Lage im Süden und die Folgen des Sturms", entries[4],
				"13:10", "Ein sehr langer Titel über die Lage im Osten und die Folgen des Sturms", entries[6]},
			in:   []corpus.Label{lBody, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment},
			want: []corpus.Label{lBody, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment},
		},
		{
			name:  "two times are not a ticker",
			lines: entries[:5],
			in:    []corpus.Label{lBody, lComment, lComment, lComment, lComment},
			want:  []corpus.Label{lBody, lComment, lComment, lComment, lComment},
		},
		{
			name:  "a comment cue inside: a thread with times",
			lines: []string{entries[0], "14:20", entries[2], "Odpowiedz", "13:45", entries[4], "13:10", entries[6], "12:30", entries[9]},
			in:    []corpus.Label{lBody, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment},
			want:  []corpus.Label{lBody, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment, lComment},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ticker := func(paras []corpus.Paragraph, fs []features.Features, out []Scored) { liveTicker(paras, fs, nil, out) }
			assert.Equal(t, tt.want, labelled(t, tt.lines, tt.in, ticker))
		})
	}
}

func TestHasCreditTail(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Wesertals Emre Yıldız (M.) jubelt nach seinem Siegtreffer. Foto: Jens Hartwig/dpa", true},
		{"Una calle inundada en el centro de Gandia este lunes por la mañana. / EFE / Natxo Francés", true},
		{"Parcela de ensayo del Instituto de Agricultura Sostenible en la campiña cordobesa. (EFE/Salas)", true},
		{"Mathilde Ségalas lors d'une campagne de mesures sur le glacier d'Ossoue, en septembre. AFP / Valentine Chapuis", true},
		{"Une rame de la ligne A à la station Gares, à Grenoble. Photo d'illustration Le Courrier / Julien Morel", true},
		{"Le docteur dans son cabinet de la rue de l'Église. | Photo : L'Écho du Bocage - Pierre Gaudin", true},
		{"So könnte eine Stadtbahn in der Lübecker Innenstadt aussehen. Visualisierung: Hansestadt Lübeck", true},
		{"A section of collapsed sea wall on the A917 at Saltby. Photograph: Gus Tillotson/Northfield Daily Record", true},
		// An agency's story ends with its name: body.
		{"Se esperan lluvias de entre las 14.00 y las 20.00 horas, cuando podrían caer más de 60 litros. (EFE)", false},
		// A poll's source, an agency's desk code, a dash in a sentence: the article's.
		{"Most Americans disapprove of the plan, according to the latest poll (Reuters/Ipsos, 1,020 adults).", false},
		{"Die Stadt will sich nun mit dem Land abstimmen. (dpa/lnw)", false},
		{"Policja prosi o pomoc. Zdjęcie sprawcy – jak podkreślają funkcjonariusze – pochodzi z monitoringu.", false},
		{"Rubén Cordero celebra el segundo gol del Almenara ante el Valdeolmos. / EFE", true},
		{"La calle Mayor de Villarrasa, en una imagen de archivo. / Foto: C. del Condado", true},
		{"Recreación artística del planeta y su estrella. / Ilustración: Observatorio Europeo Austral", true},
		{"Le train de nuit en gare de Rodez, un soir d'octobre. Photo Jean-Paul Vernhes", true},
		{"Josette Larrieu dans sa librairie, rue des Cordeliers, en 2016. Photo archives Le Courrier du Béarn", true},
		// A photo word and a sentence in lower case: the article's.
		{"Les pompiers sont intervenus vers 6 heures. Photo prise par un voisin, elle montre la façade.", false},
		{"The mayor opened the exhibition on Monday. Photos from the night will be shown in the library.", false},
		// A credit line alone is isPhotoCredit's, not a caption.
		{"Foto: Jens Hartwig/dpa", false},
		// The credit word starts a sentence of the article.
		{"Der Fotograf wartete stundenlang. Foto und Film gehören für ihn zusammen, sagt er, und lacht.", false},
		{"The council published the plans on Monday. Photo: the new bridge, as the architects imagine it, will cross the river at its narrowest point near the old mill and the station, which the town has wanted for decades.", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, hasCreditTail(tt.text), tt.text)
	}
}

func TestHasCapsCredit(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"La escritora Elena Castaño, en la biblioteca municipal de Lugo. NURIA BELTRÁN", true},
		{"Le maire devant la mairie, lundi matin. J.-P. LE GOFF", true},
		{"Die Mannschaft nach dem Spiel. EFE", false},      // one word: an agency
		{"Das Spiel endete 2:1. Die Fans JUBELTEN", false}, // not all capitals
		{"Er sagte. NEIN NEIN NEIN NEIN NEIN", false},      // too short a caption, too long a credit
		{"Die Regierung hat beschlossen. Mehr dazu später.", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, hasCapsCredit(tt.text), tt.text)
	}
}
