package extract

import "testing"

// TestDatelineDate: a wire dateline's date is when the story was filed;
// the day the sentence names is the event's, and the dateline's only
// when the sentence names none.
func TestDatelineDate(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ pub, text, want string }{
		{"2025-09-20", "BAMAKO, September 20 (Wire) - Four traders were killed and two wounded when gunmen on motorbikes attacked a weekly market near Segou on Thursday, local officials said.", "2025-09-18"},
		{"2025-09-20", "LIMA, September 20 (Andes Agency) - Two police officers were killed in an ambush by remnants of the Shining Path in the Vraem valley of central Peru on Wednesday, the interior ministry said.", "2025-09-17"},
		{"2025-09-20", "QUETTA, Sept 20 - Militants killed three soldiers in an attack on a checkpoint in Kech district, the army said.", "2025-09-20"},
		{"2025-09-22", "ALEPPO, Sept 20 (Wire) - Shelling killed five civilians in a village west of the city, rescuers said.", "2025-09-20"},
	} {
		evs := x.Extract(Article{ID: "d", Text: tc.text, Published: mustDay(tc.pub)})
		if len(evs) != 1 {
			t.Errorf("%q: %d events", tc.text, len(evs))
			continue
		}
		if evs[0].EventDate != tc.want {
			t.Errorf("%q: dated %s, want %s", tc.text, evs[0].EventDate, tc.want)
		}
	}
}

// TestNoEventDateAfterPublication: a date starting well after the report
// ran dates no event it tells; the event takes the report's own day.
func TestNoEventDateAfterPublication(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ pub, text, want string }{
		{"2024-03-11", "Gunmen kill six farmers near Djibo. More at: https://news.example.org/2024/03/gunmen-kill-six-farmers-near-djibo/", "2024-03-11"},
		{"2023-07-04", "Rebels killed four soldiers in an ambush in Sirwah district, and the army promised an offensive by 2030.", "2023-07-04"},
		{"2023-07-04", "Rebels killed four soldiers in an ambush in Sirwah district on Monday.", "2023-07-03"},
	} {
		evs := x.Extract(Article{ID: "f", Text: tc.text, Published: mustDay(tc.pub)})
		if len(evs) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if evs[0].EventDate != tc.want {
			t.Errorf("%q: dated %s, want %s", tc.text, evs[0].EventDate, tc.want)
		}
	}
}

// TestRelativeDayTimes: a time of a day named relative to publication
// ("last night", "this morning", Persian "شب گذشته", Pashto "پرون
// ماښام") dates the event to that day, as a named weekday's time does.
func TestRelativeDayTimes(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ lang, text, want string }{
		{"", "Gunmen killed three shepherds near Gao last night, residents said.", "2025-09-19"},
		{"", "A roadside bomb killed two soldiers near Menaka this morning, the army said.", "2025-09-20"},
		{"", "شب گذشته افراد مسلح سه تن را در یک روستا کشتند.", "2025-09-19"},
		{"ps", "پرون ماښام وسله والو په یوه کلي کې درې تنه ووژل.", "2025-09-19"},
	} {
		evs := x.Extract(Article{ID: "r", Text: tc.text, Language: tc.lang, Published: mustDay("2025-09-20")})
		if len(evs) != 1 {
			t.Errorf("%q: %d events", tc.text, len(evs))
			continue
		}
		if evs[0].EventDate != tc.want || evs[0].TimePrecision != 1 {
			t.Errorf("%q: dated %s (precision %d), want %s to the day", tc.text, evs[0].EventDate, evs[0].TimePrecision, tc.want)
		}
	}
}

// A date in a pluperfect relative clause after the event word dates the
// victim's past ("a teacher who had returned to X last year"), not the
// killing; the speech's day stands in. A relative clause in the simple
// past may tell the event's own time.
var backstoryReports = []report{
	{name: "sahel wire, a returnee killed", pub: "2025-10-16", n: 1,
		text: "Gunmen killed a teacher who had returned to Menaka last year, police said on Tuesday.",
		want: []wantEvent{{date: "2025-10-14", fatal: 1}}},
	{name: "latin america wire, a leader who had fled in 2023", pub: "2025-10-16", n: 1,
		text: "Armed men shot dead a community leader who had fled Cauca in 2023, his family said on Wednesday.",
		want: []wantEvent{{date: "2025-10-15", fatal: 1}}},
	{name: "the relative clause's own day is the event's", pub: "2025-10-16", n: 1,
		text: "Gunmen killed a farmer who was driving home on Monday near Menaka.",
		want: []wantEvent{{date: "2025-10-13", fatal: 1}}},
}

func TestBackstoryDates(t *testing.T) { runReports(t, backstoryReports) }
