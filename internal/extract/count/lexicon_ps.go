package count

import (
	"strings"

	"github.com/sitrep/sitrep/internal/extract/count/script"
)

// Pashto number words as Afghan and Pakistani Pashto news writes them,
// stored as script.Fold spells them: Pashto's ې, ۍ and ي are ی there, ګ
// is گ ("درې" is "دری", "لسګونه" is "لسگونه"). Each figure comes with its
// oblique form, which follows the prepositions ("د دریو سرتیرو", "له لسو
// زیات"). Compounds put the unit first, "دوه دېرش" (32), and the tens of
// 21–29 are "ویشت" ("پنځه ویشت", 25); hundreds are "N سوه" ("دوه سوه").
var pashtoNumbers = []struct {
	v     int64
	forms string
}{
	{1, "یو یوه"}, {2, "دوه دوو"}, {3, "دریو"}, {4, "څلور څلورو"}, {5, "پنځه پنځو"}, {6, "شپږ شپږو"},
	{7, "اووه اوه اوو"}, {8, "اته اتو"}, {9, "نهه نهو"},
	{10, "لس لسو"}, {11, "یوولس یوولسو"}, {12, "دولس دوولس دولسو"}, {13, "دیارلس دیارلسو"},
	{14, "څوارلس څوارلسو"}, {15, "پنځلس پنځلسو"}, {16, "شپاړس شپاړسو"}, {17, "اوولس اوولسو"},
	{18, "اتلس اتلسو"}, {19, "نولس نولسو"},
	{20, "شل شلو"}, {30, "دیرش دیرشو"}, {40, "څلویښت څلویښتو"}, {50, "پنځوس پنځوسو"},
	{60, "شپیته شپیتو"}, {70, "اویا اویاوو"}, {80, "اتیا اتیاوو"},
}

// pashtoTens: the tens a unit may stand before ("دوه دېرش" 32), with "ویشت",
// the twenty of 21–29. Not "نوي" (90), which is also "new": "یو نوی
// قانون" is a new law, not 91. Written joined ("یوویشت", "پنځه‌ویشت" folded to
// "پنځهویشت") they are one word, entered by addPashto.
var pashtoTens = []struct {
	v     int64
	forms string
}{
	{20, "ویشت"}, {30, "دیرش"}, {40, "څلویښت"}, {50, "پنځوس"}, {60, "شپیته"}, {70, "اویا"}, {80, "اتیا"},
}

// pashtoJoinUnits: the unit forms that join a tens word into one ("دوه" +
// "ویشت"), with the contracted ones news writes ("درویشت" 23, "څلیرویشت" 24).
var pashtoJoinUnits = []struct {
	v     int64
	forms string
}{
	{1, "یو"}, {2, "دوه"}, {3, "دری در"}, {4, "څلور څلیر"}, {5, "پنځه"}, {6, "شپږ"}, {7, "اووه اوه"}, {8, "اته"}, {9, "نهه"},
}

// pashtoQuals: each Pashto qualifier with the English one of the same
// reading. "more than N" is written around the figure, "له N زیات" (see
// pashtoAround).
var pashtoQuals = []struct {
	words string
	q     Qualifier
}{
	{"لږ تر لږه", AtLeast}, {"لږترلږه", AtLeast}, {"نږدې", CloseTo}, {"شاوخوا", About},
	{"تقریبا", Approximately}, {"تقریباً", Approximately}, {"اټکلا", Approximately}, {"اټکلاً", Approximately},
}

func addPashto() {
	for _, n := range pashtoNumbers {
		number(lNum, n.v, 0, n.forms)
	}
	// homographs, which count alone only before a counted noun: "درې" (3)
	// is Persian "دری" (the Dari language), "نوي" (90) is "new", "شل" (20)
	// is Persian for slack, "اوه" (7) for "oh", "اتو" (8) for an iron
	number(lNum, 3, fNeedPerson, "درې")
	number(lNum, 90, fNeedPerson, "نوي نوېو")
	flag(fNeedPerson, "شل", "اوه", "اتو")
	for _, t := range pashtoTens {
		for _, w := range strings.Fields(t.forms) {
			number(lNum, t.v, 0, w)
			flag(fUnitTens, w)
			for _, u := range pashtoJoinUnits {
				for _, uw := range strings.Fields(u.forms) {
					number(lNum, t.v+u.v, 0, uw+w)
				}
			}
		}
	}
	flag(fArticle, "یو", "یوه")
	// "یو"/"یوه" are the indefinite article as often as "one" ("په یوه
	// کلي کې": in a village): alone they count only before people
	flag(fNeedPerson, "یو", "یوه")
	number(lHundred, 100, fBare|fNeedPerson, "سل") // also Persian for tuberculosis: "روز جهانی مبارزه با سل"
	number(lHundred, 100, 0, "سوه")
	// "زر" is also Persian for gold: alone it counts only before people
	number(lScale, 1000, fBare|fNeedPerson, "زر")
	number(lScale, 1000, 0, "زره زرو")
	number(lScale, 100_000, 0, "لک لکه") // the lakh; "لکه" alone is "like", so never bare
	number(lScale, 1_000_000, 0, "میلیونه ملیونه")
	number(lAnd, 0, 0, "او")
	lexicon["او"].numbers = false
	vagueWords("tens", fDirect, "لسګونه لسګونو")
	vagueWords("hundreds", fDirect, "سلګونه سلګونو")
	vagueWords("thousands", fDirect, "زرګونه زرګونو")
	vagueWords("millions", fDirect, "میلیونونه میلیونونو")
	vagueWords("several", 0, "څو")
	needA("number", "شمېر") // "یو شمېر", "ګڼ شمېر": a number of
	entry("گڼ").kind = lA
	for _, q := range pashtoQuals {
		foreignQual(q.words, q.q)
	}
	flag(fPerson, strings.Fields(`تنه تنو کسان کسانو کسه نفره سرتیري سرتیرو عسکر عسکرو پولیسو ملکي ملکیان
		ملکیانو وګړي وګړو ماشومان ماشومانو ښځې ښځو نارینه طالبانو جنګیالي جنګیالیو وسله‌وال وسله‌والو
		ټپیان ټپیانو مړي بندیان بندیانو کډوال کډوالو کورنۍ کورنیو
		ښځه سړی سړي ماشوم سرتیری تن کس طالب پولیس غړی غړي نور نورو`)...)
	flag(fUnit, strings.Fields(`ورځې ورځو ورځ اونۍ اونیو میاشتې میاشتو میاشت کال کاله کلونه کلونو کلن کلنه
		کلنې ساعته ساعتونه دقیقې کیلومتره متره کیلو کیلوګرامه سلنه ډالر ډالره افغانۍ روپۍ روپیو بجې بجو`)...)
	// not "تله" (Mizan), which is Persian for a trap: "۳ تله" counts three
	flag(fMonth, strings.Fields(`جنوري فبروري اپرېل اګست چنګاښ زمری وږی لړم لیندۍ مرغومی سلواغه سلواغې کب`)...)
}

// needA enters the words that are the vague word like only after an
// article ("یو شمېر": a number of), without like's other flags ("شمېر" is
// also the toll, "د مړو شمېر ۲۰ ته ورسېد", which names no number).
func needA(like string, forms ...string) {
	e := lexicon[like]
	for _, w := range forms {
		l := entry(script.Fold(w))
		l.kind, l.val, l.lo, l.hi, l.numbers = e.kind, e.val, e.lo, e.hi, true
		l.flags |= fNeedA
	}
}

// pashtoAround reads the Pashto comparatives written around a figure: "له
// ۵۰ زیات" and "تر ۵۰ ډېر" (more than 50), "له لسو کم" (fewer than ten).
// start and last bound the figure's tokens; it returns the qualifier, the
// token it starts at and the token after it.
func pashtoAround(toks []token, s string, start, last int) (Qualifier, int, int, bool) {
	if !is(toks, s, start-1, "له") && !is(toks, s, start-1, "تر") {
		return "", 0, 0, false
	}
	switch {
	case is(toks, s, last, "زیات") || is(toks, s, last, "ډیر"):
		return MoreThan, start - 1, last + 1, true
	case is(toks, s, last, "کم"):
		return LessThan, start - 1, last + 1, true
	}
	return "", 0, 0, false
}
