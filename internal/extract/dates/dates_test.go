package dates

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// want is one expected expression: its text must be found (exactly) with
// the given value and precision.
type want struct {
	text  string
	value string
	prec  Precision
}

func TestFind(t *testing.T) {
	cases := []struct {
		dct  string
		text string
		want []want
	}{
		// explicit days, weekdays, months
		{"2019-08-28", "Gunmen raided a checkpoint near Mopti on August 26th, killing four soldiers.",
			[]want{{"August 26th", "2019-08-26", Day}}},
		{"2019-11-08", "Militants ambushed a convoy on Wednesday, November 6 near the Burkina Faso border.",
			[]want{{"Wednesday, November 6", "2019-11-06", Day}}},
		{"2020-07-01", "Shelling of the village was reported on June 27 by the monitoring mission.",
			[]want{{"June 27", "2020-06-27", Day}}},
		{"2020-07-01", "Residents said the camp was emptied in May.",
			[]want{{"May", "2020-05", Month}}},
		{"2013-03-22", "The new brigade will deploy along the Line of Control in June, officials said.",
			[]want{{"June", "2013-06", Month}}},
		{"2013-03-22", "Troops withdrew from the pass in June after heavy losses.",
			[]want{{"June", "2012-06", Month}}},
		{"2019-09-20", "Heavy fighting broke out in early September around the district centre.",
			[]want{{"early September", "2019-09", Month}}},
		{"2018-09-14", "In July 2018, border guards exchanged fire across the river.",
			[]want{{"July 2018", "2018-07", Month}}},
		{"2022-02-18", "Separatist shelling hit a kindergarten in Stanytsia Luhanska on Friday.",
			[]want{{"Friday", "2022-02-18", Day}}},
		{"2022-02-16", "Observers reported 300 ceasefire violations on Friday.",
			[]want{{"Friday", "2022-02-11", Day}}},
		{"2022-02-16", "Negotiators will meet in Minsk on Friday to discuss the ceasefire.",
			[]want{{"Friday", "2022-02-18", Day}}},
		{"2019-03-01", "Villagers in Kupwara said the shelling began yesterday and continued overnight.",
			[]want{{"yesterday", "2019-02-28", Day}, {"overnight", "2019-02-28TNI", Day}}},
		{"2019-03-01", "Curfew remains in force today in Srinagar and tonight the army will patrol.",
			[]want{{"today", "2019-03-01", Day}, {"tonight", "2019-03-01TNI", Day}}},
		{"2021-01-05", "Clashes on the Tajik border on December 30 left two guards dead.",
			[]want{{"December 30", "2020-12-30", Day}}},
		{"2021-01-05", "The commission said a joint patrol is planned for January 20.",
			[]want{{"January 20", "2021-01-20", Day}}},
		// relative periods
		{"2013-03-22", "Drone strikes intensified last week in the tribal belt.",
			[]want{{"last week", "2013-W11", Week}}},
		{"2013-03-22", "At least 40 people were killed in the past week.",
			[]want{{"the past week", "2013-W11", Week}}},
		{"2013-03-22", "A rocket landed near the base a few hours ago.",
			[]want{{"a few hours ago", "2013-03-22", Day}}},
		{"2013-03-21", "Attacks rose this month and earlier this month a market was bombed.",
			[]want{{"this month", "2013-03", Month}, {"earlier this month", "2013-03", Month}}},
		{"2013-03-21", "Aid deliveries resume next month; last year the corridor was closed.",
			[]want{{"next month", "2013-04", Month}, {"last year", "2012", Year}}},
		{"2013-03-21", "Fighting in the past two days displaced 5,000 people.",
			[]want{{"the past two days", "P2D", Unknown}}},
		{"2013-03-21", "The militia is now the strongest force and currently controls the road.",
			[]want{{"now", "PRESENT_REF", Unknown}, {"currently", "PRESENT_REF", Unknown}}},
		{"2013-03-21", "Raids have recently increased, more than in the past.",
			[]want{{"recently", "PAST_REF", Unknown}, {"the past", "PAST_REF", Unknown}}},
		{"2013-03-21", "Budgets for the current year were cut.",
			[]want{{"the current year", "2013", Year}}},
		{"2013-03-21", "The group emerged in the 1990s and split a decade ago.",
			[]want{{"1990s", "199", Decade}, {"a decade ago", "2003", Year}}},
		{"2013-03-21", "Two years ago the town fell; three days ago it was retaken.",
			[]want{{"Two years ago", "2011", Year}, {"three days ago", "2013-03-18", Day}}},
		{"2013-03-21", "Output fell in the first quarter of 2012 and again in mid-2012.",
			[]want{{"the first quarter of 2012", "2012-Q1", Quarter}, {"mid-2012", "2012", Year}}},
		{"2013-03-21", "The offensive is expected to start this summer, unlike last summer.",
			[]want{{"this summer", "2013-SU", Season}, {"last summer", "2012-SU", Season}}},
		{"2013-03-21", "The massacre took place in the 20th century.",
			[]want{{"20th century", "19", Century}}},
		// numeric dates and times
		{"2013-03-22", "The decree dated 2013-03-20 was published on 12/03/2013.",
			[]want{{"2013-03-20", "2013-03-20", Day}, {"12/03/2013", "2013-03-12", Day}}},
		{"2013-03-22", "The blast happened at 3:30 a.m. (2230 GMT) on the outskirts of Kabul.",
			[]want{{"3:30 a.m.", "2013-03-22T03:30", Day}}},
		{"2013-03-22", "The vote was postponed until 15:00 GMT Saturday because of the storm.",
			[]want{{"15:00 GMT Saturday", "2013-03-23T15:00", Day}}},
		{"2013-03-22", "Police arrived on Friday afternoon.",
			[]want{{"Friday afternoon", "2013-03-22TAF", Day}}},
		// years: background events and counts
		{"2013-03-22", "Veterans of the 1992-97 civil war say 2,000 troops are not enough.",
			[]want{{"1992", "1992", Year}, {"97", "1997", Year}}},
		{"2013-03-22", "The base was built in 2001 and expanded in 2009.",
			[]want{{"2001", "2001", Year}, {"2009", "2009", Year}}},
		{"2013-03-22", "By 2030 the agency hopes to have cleared the mines.",
			[]want{{"2030", "2030", Year}}},
		{"2013-03-22", "Some 1,800 families fled; about 1950 people remain.",
			nil},
		{"2013-03-22", "A four-week ceasefire lasted a month.",
			[]want{{"four-week", "P4W", Unknown}, {"a month", "P1M", Unknown}}},
		{"2013-03-22", "The talks happened on Christmas Day 2011.",
			[]want{{"Christmas Day 2011", "2011-12-25", Day}}},
		{"2013-03-22", "Talks are planned for April 24 and 25 in Geneva.",
			[]want{{"April 24", "2013-04-24", Day}, {"25", "2013-04-25", Day}}},
		// tense cues
		{"2020-04-15", "The ceasefire was extended until Tuesday, a spokesman said.",
			[]want{{"Tuesday", "2020-04-21", Day}}},
		{"2020-04-15", "Fighting around the airport lasted until Tuesday.",
			[]want{{"Tuesday", "2020-04-14", Day}}},
		{"2020-04-15", "A prisoner exchange could happen as early as Saturday.",
			[]want{{"Saturday", "2020-04-18", Day}}},
		{"2020-04-15", "Residents mourned the victims of Monday's ambush.",
			[]want{{"Monday's", "2020-04-13", Day}}},
		{"2020-04-15", "The summit is scheduled for Monday in Niamey.",
			[]want{{"Monday", "2020-04-20", Day}}},
		{"2013-03-22", "The outbreak began in early December and peaked by the end of the year.",
			[]want{{"early December", "2012-12", Month}, {"the end of the year", "2012", Year}}},
		{"2013-11-20", "The pipeline was attacked in early October this year.",
			[]want{{"early October this year", "2013-10", Month}}},
		{"2013-03-22", "Rebels seized the pass on March 3. The next morning they shelled the valley.",
			[]want{{"March 3", "2013-03-03", Day}, {"The next morning", "2013-03-04TMO", Day}}},
		{"2013-03-22", "The convoy left at 4 in the morning on Thursday.",
			[]want{{"4 in the morning on Thursday", "2013-03-21T04:00", Day}}},
	}
	for _, c := range cases {
		got := Find(c.text, day(c.dct))
		for _, w := range c.want {
			var e *Expr
			for i := range got {
				if got[i].Text == w.text {
					e = &got[i]
					break
				}
			}
			if e == nil {
				t.Errorf("%q (DCT %s): %q not found; got %s", c.text, c.dct, w.text, dump(got))
				continue
			}
			if e.Value != w.value || e.Precision != w.prec {
				t.Errorf("%q (DCT %s): %q = %s/%s, want %s/%s", c.text, c.dct, w.text, e.Value, e.Precision, w.value, w.prec)
			}
		}
		if c.want == nil && len(got) > 0 {
			t.Errorf("%q: want no expressions, got %s", c.text, dump(got))
		}
	}
}

func dump(es []Expr) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("[" + e.Text + "=" + e.Value + "/" + e.Precision.String() + "] ")
	}
	return b.String()
}

func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"Some 2,000 troops and 1,500 police were deployed.",
		"The convoy of 2000 vehicles reached the border.",
		"Protesters may march to the governor's office.",
		"The commander said he will march on the capital.",
		"Call 0300-1234567 for help; room 1999 was used.",
		"A 25-year-old man was arrested.",
		"The now-defunct militia disbanded.",
	} {
		for _, e := range Find(text, day("2020-05-05")) {
			if e.Type == TypeDate || e.Type == TypeTime {
				t.Errorf("%q: unexpected %q = %s", text, e.Text, e.Value)
			}
		}
	}
}

func TestRangeAndACLED(t *testing.T) {
	dct := day("2013-03-22")
	cases := []struct {
		text     string
		from, to string
		acled    int
		past     bool
	}{
		{"on Thursday", "2013-03-21", "2013-03-22", 1, true},
		{"last week", "2013-03-11", "2013-03-18", 2, true},
		{"in June 2012", "2012-06-01", "2012-07-01", 3, true},
		{"early September 2012", "2012-09-01", "2012-09-11", 3, true},
		{"since 2001", "2001-01-01", "2002-01-01", 3, true},
		{"the past two days", "2013-03-20", "2013-03-23", 2, false},
		{"today", "2013-03-22", "2013-03-23", 1, false},
		{"earlier this month", "2013-03-01", "2013-03-23", 3, false},
	}
	for _, c := range cases {
		es := Find("Fighting went on "+c.text+".", dct)
		if len(es) != 1 {
			t.Errorf("%q: got %s", c.text, dump(es))
			continue
		}
		e := es[0]
		from, to, ok := e.Range()
		if !ok || from.Format("2006-01-02") != c.from || to.Format("2006-01-02") != c.to {
			t.Errorf("%q: range %v %v %v, want %s..%s", c.text, from, to, ok, c.from, c.to)
		}
		if e.ACLEDPrecision() != c.acled {
			t.Errorf("%q: ACLED precision %d, want %d", c.text, e.ACLEDPrecision(), c.acled)
		}
		if e.Past != c.past {
			t.Errorf("%q: past %v, want %v", c.text, e.Past, c.past)
		}
	}
	if _, _, ok := Find("the past", dct)[0].Range(); ok {
		t.Errorf("PAST_REF has a range")
	}
}

func TestPrecisionString(t *testing.T) {
	for p, s := range map[Precision]string{Day: "day", Week: "week", Month: "month", Quarter: "quarter", Season: "season",
		Year: "year", Decade: "decade", Century: "century", Unknown: "unknown", Precision(99): "unknown"} {
		if p.String() != s {
			t.Errorf("%d: %q, want %q", p, p.String(), s)
		}
	}
}

func checkSpans(t testing.TB, text string, es []Expr) {
	// rune boundaries as Go iterates a string (an invalid byte is one rune)
	starts := map[int]bool{}
	for i := range text {
		starts[i] = true
	}
	prev := 0
	for _, e := range es {
		if e.Start < prev || e.Start >= e.End || e.End > len(text) {
			t.Fatalf("bad span %d..%d (prev end %d, len %d) in %q", e.Start, e.End, prev, len(text), text)
		}
		if !starts[e.Start] || e.End < len(text) && !starts[e.End] {
			t.Fatalf("span %d..%d not on rune boundaries in %q", e.Start, e.End, text)
		}
		if text[e.Start:e.End] != e.Text {
			t.Fatalf("Text %q != text[%d:%d]", e.Text, e.Start, e.End)
		}
		prev = e.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"On Friday, June 27, 2013 at 3:30 a.m. (2230 GMT) rebels attacked.",
		"the 1992-97 war; 12/03/2013; 2013-03-22; mid-2012; the '90s; Q3 2012",
		"Ünïcödé Friday — March 3 ’98 ‘tis 2,000 troops",
		"last week in the past two days a few hours ago earlier this month",
		"New Year's Day, Easter, Thanksgiving, early 1990s, 20th century",
		"", "5", "May", "'", "a.m.", "the", "3:", "1990's",
		"В ночь на вторник, 3 сентября 2026 года, в 1980-е годы, позавчера, в минувшую пятницу",
		"в ночь с", "ночь на", "1990-", "1990-х", "Ё", "г.",
		"روز ۱ حمل ۱۴۰۳، سه‌شنبه، سه شنبه گذشته، هفته گذشته، دهه ۱۹۸۰، ۱۴۰۳/۱۲/۳۰، ٢٠٢٤-٠٣-٢٠",
		"۳۲ حوت ۱۴۹۹", "حمل ۱۵۰۰", "سال", "سه", "\u200c", "۱\xdb", "ماه دی",
		"د ۱۴۰۲ کال د سلواغې په ۱۵مه، د جمعې په شپه، تېره اونۍ، دوه ورځې مخکې، تېر کال، سږکال، د کب میاشتې په ۳مه",
		"د", "د حمل", "د حمل په", "۱۴۰۳ کال د", "جمعې په", "تېر", "۵مه",
	} {
		f.Add(s)
	}
	dct := day("2013-03-22")
	f.Fuzz(func(t *testing.T, s string) {
		es := Find(s, dct)
		checkSpans(t, s, es)
		for _, e := range es {
			e.Range()
			e.ACLEDPrecision()
		}
	})
}

// article is a made-up 4 KB conflict report used by BenchmarkFind.
var article = strings.Repeat(`DUSHANBE, March 22 — Border guards and villagers clashed on Friday near the
disputed Vorukh enclave, the third such incident this month, officials said. Two civilians were
killed and at least 14 wounded when shooting broke out at about 3:30 a.m. (2230 GMT) after a
dispute over a water pipeline, the border service said in a statement on Saturday.
The two countries fought a brief war in late April 2021 that killed more than 50 people, and
tensions have simmered since the 1990s. Talks on demarcation, stalled since 2019, are expected
to resume next month, while a joint commission will meet on Wednesday. Some 2,000 troops were moved
to the area last week, and residents said gunfire continued overnight and again early Saturday.
In the past two days, aid groups have evacuated 300 families; a similar flare-up two years ago
displaced 10,000 people. "The situation is calm now," a local official said by phone.
`, 5)

func BenchmarkFind(b *testing.B) {
	text := article[:strings.LastIndexByte(article[:4200], '\n')+1] // about 4 KB
	dct := day("2023-03-24")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, dct)
	}
}

// FindLower must find what Find finds: it only skips making the
// lower-case copy.
func TestFindLowerSameAsFind(t *testing.T) {
	text := "On Wednesday, November 6 GUNMEN raided a checkpoint near Mopti at 3:30 p.m.; LAST WEEK's attack " +
		"killed four. In May 2019 and since March the village was shelled “every day”, officials said Friday."
	dct := day("2019-11-08")
	a := Find(text, dct)
	b := FindLower(text, strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}, text), dct)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("Find %d expressions, FindLower %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("%d: Find %+v, FindLower %+v", i, a[i], b[i])
		}
	}
}

func TestDurationLength(t *testing.T) {
	dct := time.Date(2025, 6, 11, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		want time.Duration
		ok   bool
	}{
		{"killed in 24 hours", 24 * time.Hour, true},
		{"killed in a day", 24 * time.Hour, true},
		{"over the past 48 hours", 48 * time.Hour, true},
		{"in three days of fighting", 72 * time.Hour, true},
		{"in two weeks", 14 * 24 * time.Hour, true},
		{"for 90 minutes", 90 * time.Minute, true},
		{"for several days", 0, false},
		{"on 3 June", 0, false},
	} {
		var got time.Duration
		var ok bool
		for _, e := range Find(tc.text, dct) {
			got, ok = e.Length()
		}
		if got != tc.want || ok != tc.ok {
			t.Errorf("%q: Length %v %v, want %v %v", tc.text, got, ok, tc.want, tc.ok)
		}
	}
}
