package count

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

type want struct {
	text   string
	value  int
	low    int
	high   int
	qual   Qualifier
	approx bool
}

// x is an exact count, v a vague one.
func x(text string, value, low, high int, q Qualifier) want {
	return want{text, value, low, high, q, false}
}
func v(text string, value, low, high int, q Qualifier) want {
	return want{text, value, low, high, q, true}
}

func fmtCounts(cs []Count) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "\n    %q v=%d %d..%d q=%q approx=%v", c.Text, c.Value, c.Low, c.High, c.Qualifier, c.Approx)
	}
	return b.String()
}

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want []want
		not  []string // phrases that must not be counts (documentation; the want list is exact anyway)
	}{
		// --- Sahel
		{"Gunmen on motorbikes killed at least 12 villagers near Djibo on Sunday, a local official said.",
			[]want{x("at least 12", 12, 12, 0, AtLeast)}, nil},
		{"More than 50 soldiers died when jihadists overran the Boulkessi camp in June 2022.",
			[]want{x("More than 50", 50, 51, 0, MoreThan)}, []string{"2022"}},
		{"Dozens of civilians fled toward Menaka after the raid, and a dozen were detained.",
			[]want{v("Dozens", 24, 24, 99, "dozens"), x("a dozen", 12, 12, 12, "")}, nil},
		{"The army said it had neutralised some 40 terrorists and lost seven men, 17 km north of Gao.",
			[]want{x("some 40", 40, 36, 44, Some), x("seven", 7, 7, 7, "")}, []string{"17"}},
		{"Hundreds of families have left the commune since the 1990s, when the first militias appeared.",
			[]want{v("Hundreds", 200, 200, 999, "hundreds")}, []string{"1990s", "first"}},
		{"An estimated 2,500 people crossed into Niger over 11 days, the UNHCR said.",
			[]want{x("An estimated 2,500", 2500, 2250, 2750, AnEstimated)}, []string{"11"}},
		{"Between 10 and 15 fighters were captured on June 27 and handed over on 28 June.",
			[]want{x("Between 10 and 15", 10, 10, 15, "")}, []string{"27", "28"}},
		{"Twenty-one gendarmes were killed and eighteen wounded in the ambush.",
			[]want{x("Twenty-one", 21, 21, 21, ""), x("eighteen", 18, 18, 18, "")}, nil},
		{"Soldiers found six bodies and a wounded shepherd near the well.",
			[]want{x("six", 6, 6, 6, "")}, []string{"a wounded"}},
		{"Several attackers were killed, while a few others escaped on foot.",
			[]want{v("Several", 3, 3, 9, "several"), v("a few", 3, 2, 5, "a few")}, nil},

		// --- Kashmir
		{"Two militants and a soldier were killed in a gunfight in Kupwara, officials said.",
			[]want{x("Two", 2, 2, 2, "")}, []string{"a soldier"}},
		{"Police detained nearly 20 youths after the 3:30 a.m. raid in Sopore.",
			[]want{x("nearly 20", 20, 18, 19, Nearly)}, []string{"3:30"}},
		{"One of them said the firing began at 5 p.m. and lasted about two hours.",
			nil, []string{"One", "5", "two"}},
		{"At least one of the wounded soldiers died in hospital in Srinagar.",
			[]want{x("At least one", 1, 1, 0, AtLeast)}, nil},
		{"No one was hurt, but one house was gutted and one other damaged.",
			[]want{x("one", 1, 1, 1, ""), x("one", 1, 1, 1, "")}, []string{"No one"}},
		{"Up to 30 infiltrators may have crossed the Line of Control, an officer told reporters.",
			[]want{x("Up to 30", 30, 0, 30, UpTo)}, nil},
		{"A 12-year-old boy and his mother were among the three wounded by cross-border shelling.",
			[]want{x("three", 3, 3, 3, "")}, []string{"12"}},
		{"The boy, aged 12, was hit in the leg; a woman of 70 years was unhurt.",
			nil, []string{"12", "70"}},

		// --- Donbas
		{"Russian forces lost 14 T-72B3M tanks and a Mi-24 helicopter near Avdiivka, Kyiv claimed.",
			[]want{x("14", 14, 14, 14, "")}, []string{"72", "24"}},
		{"Two Su-25 jets struck positions near base 201 at 0600, the brigade said.",
			[]want{x("Two", 2, 2, 2, "")}, []string{"25", "201", "0600"}},
		{"Some 1.5 million people have fled the region since 2014, and tens of thousands remain.",
			[]want{x("Some 1.5 million", 1500000, 1350000, 1650000, Some), v("tens of thousands", 20000, 20000, 99999, "tens of thousands")},
			[]string{"2014"}},
		{"The strike on the station, 30 kilometers from the front, injured 11 passengers.",
			[]want{x("11", 11, 11, 11, "")}, []string{"30"}},
		{"Shelling killed one civilian and wounded 10-15 others, the governor said.",
			[]want{x("one", 1, 1, 1, ""), x("10-15", 10, 10, 15, "")}, nil},
		{"About 1,800 residents of Kurakhove were evacuated, roughly 5 percent of its pre-war population.",
			[]want{x("About 1,800", 1800, 1620, 1980, About)}, []string{"5"}},
		{"Ukraine said it downed 44 of 51 drones launched overnight.",
			[]want{x("44", 44, 44, 44, ""), x("51", 51, 51, 51, "")}, nil},
		{"Scores of prisoners were exchanged in the swap, the third this year.",
			[]want{v("Scores", 40, 40, 199, "scores")}, []string{"third"}},
		// "scores" alone is a count only as the object of a verb of harm,
		// quoted or not; elsewhere it is a match's score or a verb
		{`Bandits kill "scores" in raid on Zamfara villages.`,
			[]want{v("scores", 40, 40, 199, "scores")}, nil},
		{"Militia massacres scores near Bunia.",
			[]want{v("scores", 40, 40, 199, "scores")}, nil},
		{"Striker scores twice as Kano beat Enugu, watched by scores.",
			nil, []string{"scores"}},
		{"Fewer than 100 soldiers remained in the town, down from roughly 600 in the spring.",
			[]want{x("Fewer than 100", 100, 0, 99, FewerThan), x("roughly 600", 600, 540, 660, Roughly)}, nil},
		{"The fighting was the worst since the clashes of 2022 around Izium, which lasted 3 weeks.",
			nil, []string{"2022", "3"}},
		{"Six or seven shells landed near the school on August 26th.",
			[]want{x("Six or seven", 6, 6, 7, "")}, []string{"26th"}},
		{"The bridge at kilometre 12 was hit, and two to three trucks burned.",
			[]want{x("two to three", 2, 2, 3, "")}, []string{"12"}},

		// --- Kyrgyz-Tajik border
		{"Kyrgyz officials said 24 people were killed and more than 100 wounded in Batken on Sept. 16.",
			[]want{x("24", 24, 24, 24, ""), x("more than 100", 100, 101, 0, MoreThan)}, []string{"16"}},
		{"Approximately 137,000 people were evacuated from border villages, the ministry said.",
			[]want{x("Approximately 137,000", 137000, 123300, 150700, Approximately)}, nil},
		{"Tajik border guards captured a dozen Kyrgyz servicemen and two armoured vehicles.",
			[]want{x("a dozen", 12, 12, 12, ""), x("two", 2, 2, 2, "")}, nil},
		{"Hundreds of thousands of dollars in damage was done to the Golovnoi water intake.",
			nil, []string{"Hundreds of thousands"}},
		{"A ceasefire took effect at 4 p.m. (1000 GMT) but was broken within two hours.",
			nil, []string{"4", "1000", "two"}},
		{"As many as 41 Tajik citizens were killed, Dushanbe said, including a 14-year-old.",
			[]want{x("As many as 41", 41, 0, 41, AsManyAs)}, []string{"14"}},
		{"Almost 60 homes burned in Ak-Sai and 2 of the 3 schools were damaged.",
			[]want{x("Almost 60", 60, 54, 59, Almost), x("2", 2, 2, 2, ""), x("3", 3, 3, 3, "")}, nil},
		{"A handful of villagers stayed behind, and a number of soldiers went missing.",
			[]want{v("A handful", 3, 2, 9, "a handful"), v("a number of", 3, 2, 0, "a number of")}, nil},

		// --- Yemen
		{"A Houthi missile hit a market in Marib, killing 17 and wounding dozens, including 5 children.",
			[]want{x("17", 17, 17, 17, ""), v("dozens", 24, 24, 99, "dozens"), x("5", 5, 5, 5, "")}, nil},
		{"The coalition said it intercepted eight drones and three ballistic missiles fired at Jizan.",
			[]want{x("eight", 8, 8, 8, ""), x("three", 3, 3, 3, "")}, nil},
		{"Fuel imports fell to 230,000 tonnes, and a $3 million aid pledge went unpaid.",
			nil, []string{"230,000", "3 million"}},
		{"Over 200 migrants were held in the Saada centre, of whom around a hundred were Ethiopian.",
			[]want{x("Over 200", 200, 201, 0, Over), x("around a hundred", 100, 90, 110, Around)}, nil},
		{"Thousands marched in Sanaa on Friday; several hundred were detained.",
			[]want{v("Thousands", 2000, 2000, 9999, "thousands"), v("several hundred", 300, 300, 999, "several hundred")}, nil},
		{"The blast, at 2230 GMT, killed one hundred and twenty people, one medic said.",
			[]want{x("one hundred and twenty", 120, 120, 120, ""), x("one", 1, 1, 1, "")}, []string{"2230"}},
		{"Resolution 2216 demanded that the Houthis withdraw; 2 million people now need food aid.",
			[]want{x("2 million", 2000000, 2000000, 2000000, "")}, []string{"2216"}},

		// --- elsewhere, misc traps
		{"In 2019, 1500 people died in the Darfur camps, and 2000 more were displaced in 2020.",
			[]want{x("1500", 1500, 1500, 1500, "")}, []string{"2019", "2000", "2020"}},
		{"At least 2000 civilians were killed in El Fasher between January and May.",
			[]want{x("At least 2000", 2000, 2000, 0, AtLeast)}, nil},
		{"The convoy of 40 trucks left Tawila at 5 am and arrived 12 hours later.",
			[]want{x("40", 40, 40, 40, "")}, []string{"5", "12"}},
		{"A quarter of the 600 inmates escaped; one third were recaptured within 48 hours.",
			[]want{x("600", 600, 600, 600, "")}, []string{"one third", "48"}},
		{"Inflation reached 40%, and a half-dozen aid workers were kidnapped in No. 3 district.",
			nil, []string{"40", "3"}},
		{"Airstrikes kill dozen Houthi fighters near the dam; dozen sheep lost.",
			[]want{x("dozen", 12, 12, 12, "")}, nil}, // the second counts no people
		{"Half a dozen rebels and a hundred civilians were reported dead in Goma.",
			[]want{x("Half a dozen", 6, 6, 6, ""), x("a hundred", 100, 100, 100, "")}, nil},
		{"The 5th Brigade reported two dozen desertions and 12 or more deaths.",
			[]want{x("two dozen", 24, 24, 24, ""), x("12 or more", 12, 12, 0, OrMore)}, []string{"5th"}},
		{"A dozen or so militiamen, aged between 15 and 20, were arrested.",
			[]want{x("A dozen or so", 12, 10, 14, OrSo)}, []string{"15", "20"}},
		{"The 2023-24 offensive cost 3,000-4,000 lives, while the 1990-91 war cost fewer.",
			[]want{x("3,000-4,000", 3000, 3000, 4000, "")}, []string{"2023", "1990"}},
		{"Some of the 12 hostages were freed, while the score ended 3-1.",
			[]want{x("12", 12, 12, 12, "")}, []string{"Some", "3-1"}},
		{"They walked for 11 miles with seven wounded comrades and one another's rifles.",
			[]want{x("seven", 7, 7, 7, "")}, []string{"11", "one another"}},
		{"Police in Jos recovered 37 bodies on Sunday, and the toll later rose to 41.",
			[]want{x("37", 37, 37, 37, ""), x("41", 41, 41, 41, "")}, nil},
		{"The toll rose from 12 to 19 after two more died overnight.",
			[]want{x("12", 12, 12, 12, ""), x("19", 19, 19, 19, ""), x("two", 2, 2, 2, "")}, nil},
		{"FIFTEEN were killed, said the governor, and Eleven were missing.",
			[]want{x("FIFTEEN", 15, 15, 15, ""), x("Eleven", 11, 11, 11, "")}, nil},
		{"Millions of dollars were lost and millions of people were displaced.",
			[]want{v("millions", 2000000, 2000000, 9999999, "millions")}, nil},
		{"Less than 10 kilometres away, 90 to 100 troops dug in.",
			[]want{x("90 to 100", 90, 90, 100, "")}, []string{"10"}},
		{"The operation, which began on 12 March, ended with a couple of arrests.",
			[]want{v("a couple", 2, 2, 3, "a couple")}, []string{"12"}},
		{"They marched on the capital in March with 300 supporters.",
			[]want{x("300", 300, 300, 300, "")}, nil},
		{"Witnesses counted fourty-two bodies; the rebels said one.",
			[]want{x("fourty-two", 42, 42, 42, ""), x("one", 1, 1, 1, "")}, nil},
		{"Above 300 houses in Saada were damaged; less than 40 were rebuilt, and at most 5 schools reopened.",
			[]want{x("Above 300", 300, 301, 0, Above), x("less than 40", 40, 0, 39, LessThan), x("at most 5", 5, 0, 5, AtMost)}, nil},
		{"No fewer than 8 Baloch activists and upwards of 2,000 marchers were held in Quetta.",
			[]want{x("No fewer than 8", 8, 8, 0, NoFewerThan), x("upwards of 2,000", 2000, 2001, 0, UpwardsOf)}, nil},
		{"A few hundred protesters gathered, and hundreds of thousands watched online.",
			[]want{v("A few hundred", 300, 200, 599, "a few hundred"), v("hundreds of thousands", 200000, 200000, 999999, "hundreds of thousands")}, nil},
		{"The nine-year-old survived COVID-19 and the shelling of the 90s, his uncle said.",
			nil, []string{"nine", "19", "90s"}},
		{"The 230,000 residents of Aden lost power for 3 nights.",
			[]want{x("230,000", 230000, 230000, 230000, "")}, []string{"3"}},
		{"Police said one was killed and one of the attackers escaped with one another's help.",
			[]want{x("one", 1, 1, 1, "")}, []string{"one of", "one another"}},
		{"", nil, nil},
	}
	for _, tc := range tests {
		checkFind(t, tc.in, tc.want, tc.not)
	}
}

// checkFind asserts that Find(in) returns exactly want, and none of not.
func checkFind(t *testing.T, in string, want []want, not []string) {
	t.Helper()
	got := Find(in)
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		g, w := got[i], want[i]
		ok = g.Text == w.text && g.Value == w.value && g.Low == w.low && g.High == w.high &&
			g.Qualifier == w.qual && g.Approx == w.approx && in[g.Start:g.End] == g.Text
	}
	if !ok {
		var ws strings.Builder
		for _, w := range want {
			fmt.Fprintf(&ws, "\n    %q v=%d %d..%d q=%q approx=%v", w.text, w.value, w.low, w.high, w.qual, w.approx)
		}
		t.Errorf("Find(%q)\n  got:%s\n  want:%s", in, fmtCounts(got), ws.String())
		return
	}
	for _, n := range not {
		for _, g := range got {
			if g.Text == n || strings.Contains(" "+g.Text+" ", " "+n+" ") {
				t.Errorf("Find(%q) returned %q, which should not be a count", in, g.Text)
			}
		}
	}
}

func TestLexicon(t *testing.T) {
	for w := range lexicon {
		if len(w) > maxWord {
			t.Errorf("lexicon word %q longer than maxWord", w)
		}
		for i := 0; i < len(w); i++ {
			if w[i] >= 'A' && w[i] <= 'Z' {
				t.Errorf("lexicon word %q not lower-case", w)
			}
		}
		if lookup(w) != lexicon[w] {
			t.Errorf("lookup(%q) misses the lexicon entry", w)
		}
	}
}

func TestParseNumberWord(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"six", 6, true},
		{"Eighteen", 18, true},
		{"twenty-one", 21, true},
		{"twenty one", 21, true},
		{"ninety-nine", 99, true},
		{"one hundred", 100, true},
		{"a hundred", 100, true},
		{"one hundred and five", 105, true},
		{"two thousand five hundred", 2500, true},
		{"twelve hundred", 1200, true},
		{"three million", 3000000, true},
		{"a dozen", 12, true},
		{"two dozen", 24, true},
		{"half a dozen", 6, true},
		{" 17 ", 17, true},
		{"1,800", 1800, true},
		{"1.5 million", 1500000, true},
		{"dozens", 0, false},
		{"several", 0, false},
		{"a few", 0, false},
		{"10-15", 0, false},
		{"one two", 0, false},
		{"third", 0, false},
		{"a soldier", 0, false},
		{"hundred", 0, false},
		{"and", 0, false},
		{"", 0, false},
		{"3.5", 0, false},
	}
	for _, tc := range tests {
		got, ok := ParseNumberWord(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseNumberWord(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParse(t *testing.T) {
	c, ok := Parse("  at least a dozen ")
	if !ok || c.Value != 12 || c.Low != 12 || c.High != 0 || c.Qualifier != AtLeast || c.Text != "at least a dozen" {
		t.Errorf("Parse(at least a dozen) = %+v, %v", c, ok)
	}
	if _, ok := Parse("12 soldiers"); ok {
		t.Error("Parse accepted trailing words")
	}
	if _, ok := Parse("12 and 14"); ok {
		t.Error("Parse accepted two counts")
	}
}

func checkCounts(t *testing.T, s string, cs []Count) {
	t.Helper()
	prev := 0
	valid := utf8.ValidString(s)
	for i, c := range cs {
		if c.Start < prev || c.End <= c.Start || c.End > len(s) {
			t.Fatalf("count %d %+v out of order or bounds (prev end %d, len %d)", i, c, prev, len(s))
		}
		if s[c.Start:c.End] != c.Text {
			t.Fatalf("count %d text %q != s[%d:%d]", i, c.Text, c.Start, c.End)
		}
		if valid && (!utf8.RuneStart(s[c.Start]) || c.End < len(s) && !utf8.RuneStart(s[c.End])) {
			t.Fatalf("count %d %+v not on UTF-8 boundaries", i, c)
		}
		if c.High > 0 && c.Low > c.High {
			t.Fatalf("count %d %q: Low %d > High %d", i, c.Text, c.Low, c.High)
		}
		if c.Value <= 0 || c.Low < 0 || c.High < 0 {
			t.Fatalf("count %d %q: bad figures %+v", i, c.Text, c)
		}
		prev = c.End
	}
}

var article = func() string {
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// sentences of the article, split on ". " and line breaks (this package
// does not depend on the sentence splitter).
var articleSentences = func() []string {
	var out []string
	for _, line := range strings.Split(article, "\n") {
		for _, s := range strings.SplitAfter(line, ". ") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}()

func TestFindArticle(t *testing.T) {
	total := 0
	for _, s := range articleSentences {
		cs := Find(s)
		checkCounts(t, s, cs)
		total += len(cs)
	}
	if total < 30 {
		t.Errorf("only %d counts in the benchmark article", total)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range articleSentences {
		f.Add(s)
	}
	f.Add("between 10 and 15 or more than a few hundred of thousands 1,000-2,000 million")
	f.Add("9999999999999999999 billion half a million a couple of hundred nearly one fewer than 1")
	f.Add("twenty–one 10–15 o’clock 3:30 T-72 “12” 99+")
	f.Add("Более 20 тысяч, около двухсот, четверо, десятки тысяч, с 12 до 19, 1,5 млн, Один из")
	f.Add("دست‌کم چهار، بیش از ۲۰۰، ده‌ها هزار، کم‌تر از ۱۰، تقریباً ۳۰۰، ۲۰٬۰۰۰، ۱٫۵ میلیون، نه نفر")
	f.Add("لږ تر لږه پنځه، له ۵۰ زیات، پنځه ویشت، دوه دېرش، یو شمېر، ګڼ شمېر، لسګونه زره، دوه سوه، نوي، درې تنه، له لسو کم")
	f.Add("٣٠-٤٠ ۱۰-۱۵ ۰۶۰۰ \u200c۱ ۱\u200c ً٬ ٫۵ و و بیست و")
	f.Fuzz(func(t *testing.T, s string) {
		checkCounts(t, s, Find(s))
		ParseNumberWord(s)
	})
}

func BenchmarkFind(b *testing.B) {
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range articleSentences {
			Find(s)
		}
	}
}
