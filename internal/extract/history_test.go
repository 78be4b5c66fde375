package extract

import "testing"

// An incident long before the article is history, unless it is the crime
// a court's step in its sentence is about: then the trial is the news and
// the crime is what it is about, however long ago.
func TestToldAsHistory(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text, pub string
		background      bool
	}{
		{"a comparison with an attack years before",
			`Gunmen killed four herders near Menaka on Sunday. In 2019 a similar attack on the same camp killed five people.`,
			"2024-03-08", true},
		{"a murder trial over a shooting two years before",
			`The murder trial of a lorry driver accused of shooting dead two traders in Multan in March 2022 opened on Monday.`,
			"2024-03-08", false},
		{"a sentence for a killing told with its month",
			`A court in Cochabamba on Friday sentenced a former police officer to 30 years for the murder of a union leader in October 2021.`,
			"2024-03-08", false},
		{"a court report retells the crime on trial with its date",
			`A jury in Peshawar on Thursday convicted two brothers of murder. The victim, a shopkeeper, was shot dead in September 2021 outside his shop in Kohat, police said.`,
			"2024-03-08", false},
		{"a court report's crime told with an attack word beside the crime's",
			`A judge in Zamboanga sentenced a former militiaman to life on Tuesday. The ambush slaying of the police officer on a highway in May 2021 shocked the city.`,
			"2024-03-08", false},
		{"a court report's comparison with an old bombing",
			`A court in Kabul on Sunday sentenced a driver to death for murder. In 2018 a bombing at the same market killed 12 people.`,
			"2024-03-08", true},
		{"a charge in an old killing",
			`A former guard was charged on Monday in the 1998 killings of three farmers near Cochabamba, prosecutors said.`,
			"2024-03-08", false},
		{"police charging a crowd is no charge",
			`Riot police charged into the crowd in Peshawar on Monday. In 2009 a bombing at the same market killed 12 people.`,
			"2024-03-08", true},
		{"the court's own step told as history",
			`In 2016 a court in Kirkuk convicted him of the June 2014 bombing of a market.`,
			"2024-03-08", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(Article{ID: "h", Text: tc.text, Published: mustDay(tc.pub)})
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			got := false
			for _, e := range evs {
				got = got || e.Background
			}
			if got != tc.background {
				for _, e := range evs {
					t.Logf("%s %s background %v", e.EventDate, e.EventType, e.Background)
				}
				t.Errorf("background %v, want %v", got, tc.background)
			}
		})
	}
}

// "Allegedly" doubts who did it, not that it happened: the deed is an
// event.
func TestAllegedDeedIsEvent(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		`Police in Kaduna arrested two men who allegedly shot dead a village head on Tuesday.`,
		`Soldiers allegedly killed three farmers near Djibo on Wednesday, residents said.`,
	} {
		evs := x.Extract(Article{ID: "a", Text: text, Published: mustDay("2024-03-08")})
		found := false
		for _, e := range evs {
			found = found || e.EventType == "Violence against civilians" || e.EventType == "Battles"
		}
		if !found {
			t.Errorf("%q: no violent event (%d events)", text, len(evs))
		}
	}
}

// A coup told in passing ("the junta, which seized power in 2021") takes
// no territory: no event of its own beside the news.
func TestSeizedPowerIsNoTerritory(t *testing.T) {
	x := testExtractor(t)
	evs := x.Extract(Article{ID: "c", Published: mustDay("2025-06-05"),
		Text: "Gunmen killed six soldiers near Menaka on Tuesday. Mali's junta, which seized power in 2021, has promised to restore security."})
	for _, e := range evs {
		if e.SubEventType == "Non-state actor overtakes territory" {
			t.Errorf("a coup told in passing coded as territory taken: %s %s", e.EventDate, e.SubEventType)
		}
	}
	if len(evs) != 1 {
		t.Errorf("%d events, want 1", len(evs))
	}
}

// Things seized in an arrest ("Rifles and cash were seized"), told before
// a passive verb as after an active one, are no territory taken.
func TestSeizedThingsAreNoTerritory(t *testing.T) {
	x := testExtractor(t)
	evs := x.Extract(Article{ID: "s", Published: mustDay("2025-06-05"),
		Text: "Police arrested nine suspected gang members in Menaka on Tuesday. Rifles, motorcycles and cash were seized."})
	for _, e := range evs {
		if e.SubEventType == "Non-state actor overtakes territory" {
			t.Errorf("things seized coded as territory taken: %s %s", e.EventDate, e.SubEventType)
		}
	}
}
