package sentence

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func texts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Shelling resumed near Horlivka. Two houses burned.",
			[]string{"Shelling resumed near Horlivka.", "Two houses burned."}},
		{"titles", "Gen. Abdurahmonov met Col. Baktybek Asanov and Lt. Sherzod. They agreed to pull back.",
			[]string{"Gen. Abdurahmonov met Col. Baktybek Asanov and Lt. Sherzod.", "They agreed to pull back."}},
		{"mr dr sgt st", "Mr. Haidari and Dr. Noor treated Sgt. Malik in St. Joseph hospital. He survived.",
			[]string{"Mr. Haidari and Dr. Noor treated Sgt. Malik in St. Joseph hospital.", "He survived."}},
		{"U.S. mid-sentence before a name", "The U.S. Army and the U.N. Security Council were briefed.",
			[]string{"The U.S. Army and the U.N. Security Council were briefed."}},
		{"U.S. at sentence end", "The drone was made in the U.S. The seller denied it.",
			[]string{"The drone was made in the U.S.", "The seller denied it."}},
		{"U.N. at sentence end, digit next", "Aid was delayed, according to the U.N. 14 trucks waited at the crossing.",
			[]string{"Aid was delayed, according to the U.N.", "14 trucks waited at the crossing."}},
		{"p.m. with GMT parenthetical", "The drones struck at 10:30 p.m. (2230 GMT) on Sunday. Nobody was hurt.",
			[]string{"The drones struck at 10:30 p.m. (2230 GMT) on Sunday.", "Nobody was hurt."}},
		{"a.m. before a time zone", "Sirens sounded at 4 a.m. EEST near Zaporizhzhia. Residents hid.",
			[]string{"Sirens sounded at 4 a.m. EEST near Zaporizhzhia.", "Residents hid."}},
		{"p.m. at sentence end", "The curfew starts at 9 p.m. Shops closed early in Aden.",
			[]string{"The curfew starts at 9 p.m.", "Shops closed early in Aden."}},
		{"a.m. before a weekday", "Gunfire was heard at 5 a.m. Tuesday in Batken.",
			[]string{"Gunfire was heard at 5 a.m. Tuesday in Batken."}},
		{"months", "The clashes of Jan. 12 and Sept. 3 and Aug. 26 left villages empty. Talks stalled.",
			[]string{"The clashes of Jan. 12 and Sept. 3 and Aug. 26 left villages empty.", "Talks stalled."}},
		{"Feb.", "Since Feb. 24 the front has barely moved.",
			[]string{"Since Feb. 24 the front has barely moved."}},
		{"No. before digit", "He commanded checkpoint No. 7 on the Isfara road. It fell.",
			[]string{"He commanded checkpoint No. 7 on the Isfara road.", "It fell."}},
		{"no. at sentence end", "Asked whether troops would withdraw, he said no. The talks ended.",
			[]string{"Asked whether troops would withdraw, he said no.", "The talks ended."}},
		{"vs etc e.g. i.e.", "Rifles, mortars, etc. were seized, e.g. in Gao, i.e. near the river vs. the town.",
			[]string{"Rifles, mortars, etc. were seized, e.g. in Gao, i.e. near the river vs. the town."}},
		{"etc. at sentence end", "They took rifles, radios, etc. The depot was then burned.",
			[]string{"They took rifles, radios, etc.", "The depot was then burned."}},
		{"Inc. Ltd. Jr.", "Sahel Logistics Inc. and Amani Ltd. hired John Doe Jr. as adviser. He resigned.",
			[]string{"Sahel Logistics Inc. and Amani Ltd. hired John Doe Jr. as adviser.", "He resigned."}},
		{"initials", "The report by J. R. Smith and A. K. Rahimov was leaked. It named four units.",
			[]string{"The report by J. R. Smith and A. K. Rahimov was leaked.", "It named four units."}},
		{"decimals", "The convoy stopped 3.5 km from Kramatorsk. A 1.5 million hryvnia bounty followed.",
			[]string{"The convoy stopped 3.5 km from Kramatorsk.", "A 1.5 million hryvnia bounty followed."}},
		{"closing quote after stop", `"We will not leave," he said. "They shelled the market." Then the line went dead.`,
			[]string{`"We will not leave," he said.`, `"They shelled the market."`, "Then the line went dead."}},
		{"curly quotes comma", "“We are investigating,” he said. Police gave no details.",
			[]string{"“We are investigating,” he said.", "Police gave no details."}},
		{"curly question inside quote", "“Where are our sons?” she asked the governor. He left.",
			[]string{"“Where are our sons?” she asked the governor.", "He left."}},
		{"closing bracket", "The strike hit a school (the third this month.) Parents protested.",
			[]string{"The strike hit a school (the third this month.)", "Parents protested."}},
		{"ellipsis lower", "The commander said the town was... calm, for now. Shelling resumed.",
			[]string{"The commander said the town was... calm, for now.", "Shelling resumed."}},
		{"ellipsis upper", "We waited and waited… Nobody came.",
			[]string{"We waited and waited…", "Nobody came."}},
		{"question and exclamation", "Who fired first? Both sides blame each other! Talks resume Monday.",
			[]string{"Who fired first?", "Both sides blame each other!", "Talks resume Monday."}},
		{"?! cluster", "Again?! The dam was hit again.",
			[]string{"Again?!", "The dam was hit again."}},
		{"starts with digit", "The raid killed nine. 14 more were wounded in Marib.",
			[]string{"The raid killed nine.", "14 more were wounded in Marib."}},
		{"starts with quote", `The mayor spoke. "Enough," he said.`,
			[]string{"The mayor spoke.", `"Enough," he said.`}},
		{"title line", "Clashes flare again on Kyrgyz-Tajik border\nAt least 12 people were killed on Thursday.",
			[]string{"Clashes flare again on Kyrgyz-Tajik border", "At least 12 people were killed on Thursday."}},
		{"bullets", "Casualties:\n- 12 soldiers killed\n- 30 wounded\n• 4 missing",
			[]string{"Casualties:", "- 12 soldiers killed", "- 30 wounded", "• 4 missing"}},
		{"hard wrap", "Militants attacked an army post near\nthe border with Niger on Sunday. The army\nresponded with air strikes.",
			[]string{"Militants attacked an army post near\nthe border with Niger on Sunday.", "The army\nresponded with air strikes."}},
		{"wrap after comma", "In Kupiansk, Kharkiv region,\nTwo volunteers died.",
			[]string{"In Kupiansk, Kharkiv region,\nTwo volunteers died."}},
		{"abbreviation at line end", "The order came from Gen.\nIvanov himself.",
			[]string{"The order came from Gen.\nIvanov himself."}},
		{"whitespace trimmed", "   \n  Houthi drones hit Mocha.   \n\n   ",
			[]string{"Houthi drones hit Mocha."}},
		{"nbsp", "Troops entered Bakhmut.\u00a0Fighting continued.",
			[]string{"Troops entered Bakhmut.", "Fighting continued."}},
		{"no space after stop", "See sitrep.example.org for the map. Done.",
			[]string{"See sitrep.example.org for the map.", "Done."}},
		{"no final punctuation", "Fighting in Kidal", []string{"Fighting in Kidal"}},
		{"single quote closer", "He called it 'a massacre.' The army denied it.",
			[]string{"He called it 'a massacre.'", "The army denied it."}},
		{"number at end then capital", "The toll rose to 41. Officials expect more.",
			[]string{"The toll rose to 41.", "Officials expect more."}},
		{"initial before A", "Dr. J. A. Karimov said J. R. was safe.",
			[]string{"Dr. J. A. Karimov said J. R. was safe."}},
		{"Plan B. The", "They moved to Plan B. The bridge was blown.",
			[]string{"They moved to Plan B.", "The bridge was blown."}},
		{"numbered list", "Losses:\n1. Twelve soldiers killed in Batken.\n2. Three posts lost.",
			[]string{"Losses:", "1. Twelve soldiers killed in Batken.", "2. Three posts lost."}},
		{"ranks in a row", "Lt. Gen. Sergei Volkov arrived from St. Petersburg on Mar. 3. He inspected No. 12 battery.",
			[]string{"Lt. Gen. Sergei Volkov arrived from St. Petersburg on Mar. 3.", "He inspected No. 12 battery."}},
		{"hyphen after acronym", "U.S.-backed forces in Deir ez-Zor detained 30 men. ISIS denied it.",
			[]string{"U.S.-backed forces in Deir ez-Zor detained 30 men.", "ISIS denied it."}},
		{"empty", "", []string{}},
		{"only spaces", " \n\n \t", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(tc.in, Split(tc.in))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Split(%q)\n got  %q\n want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSplitParagraphs(t *testing.T) {
	in := "Sahel: army post attacked\n\n\n" +
		"Gunmen stormed a post near Menaka. Six soldiers died.\n \n" +
		"The army said it repelled the attack.\r\n\r\n" +
		"No group claimed it."
	got := Split(in)
	want := []struct {
		text string
		para int
	}{
		{"Sahel: army post attacked", 0},
		{"Gunmen stormed a post near Menaka.", 1},
		{"Six soldiers died.", 1},
		{"The army said it repelled the attack.", 2},
		{"No group claimed it.", 3},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d spans %q, want %d", len(got), texts(in, got), len(want))
	}
	for i, w := range want {
		if s := in[got[i].Start:got[i].End]; s != w.text || got[i].Para != w.para {
			t.Errorf("span %d = %q para %d, want %q para %d", i, s, got[i].Para, w.text, w.para)
		}
	}
}

func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	prevEnd, prevPara := 0, 0
	for i, s := range spans {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %+v out of order or bounds (prev end %d, len %d)", i, s, prevEnd, len(text))
		}
		if s.Para < prevPara {
			t.Fatalf("span %d para %d < previous %d", i, s.Para, prevPara)
		}
		if utf8.ValidString(text) && (!boundary(text, s.Start) || !boundary(text, s.End)) {
			t.Fatalf("span %d %+v not on UTF-8 boundaries", i, s)
		}
		sub := text[s.Start:s.End]
		if strings.TrimSpace(sub) != sub {
			t.Fatalf("span %d %q not trimmed", i, sub)
		}
		prevEnd, prevPara = s.End, s.Para
	}
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

func TestSplitArticleInvariants(t *testing.T) {
	spans := Split(article)
	checkSpans(t, article, spans)
	if len(spans) < 30 {
		t.Errorf("only %d sentences in the benchmark article", len(spans))
	}
}

func FuzzSplit(f *testing.F) {
	f.Add(article)
	f.Add("Gen. X. Y.\n\n“Why?” he asked… U.S. 3.5 km at 10 p.m. (2230 GMT).")
	f.Add("a.\u00a0\u2026\u201d\n \n.")
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, Split(s))
	})
}

func BenchmarkSplit(b *testing.B) {
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	for b.Loop() {
		Split(article)
	}
}

var article = func() string {
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		panic(err)
	}
	return string(b)
}()
