package dates

import (
	"strings"

	"github.com/sitrep/sitrep/internal/extract/count/script"
)

// Pashto as Afghan and Pakistani Pashto news writes it. Stored folded
// (script.Fold): Pashto's ې, ۍ and ي are ی there and ګ is گ, so "جمعې"
// is looked up as "جمعی". Where the Persian lexicon already holds a word
// of the same spelling (the weekdays, the Gregorian months as Dari writes
// them, "ساعت") Pashto reads it as Persian does. Determiners come before
// the noun, as in English ("تېره اونۍ": last week), "ago" after it ("دوه
// ورځې مخکې"); the constructions English lacks are in parse_ps.go.
var pashtoWords = []struct{ canon, forms string }{
	{"sunday", "اتوار"},
	{"tuesday", "درېشنبه"},
	{"wednesday", "څلورشنبه"},
	{"today", "نن ننۍ"},
	{"yesterday", "پرون پرونۍ"},
	{"tomorrow", "سبا"},
	{"overnight", "بېګا"}, // last night
	{"morning", "سهار"},
	{"evening", "ماښام"},
	{"afternoon", "ماسپښین"},
	{"night", "شپه شپې"},
	{"day", "ورځ"},
	{"days", "ورځې ورځو"},
	{"week", "اونۍ اوونۍ"},
	{"weeks", "اونیو اوونیو"},
	{"month", "میاشت"},
	{"months", "میاشتې میاشتو"},
	{"year", "کال"},
	{"years", "کاله کلونه کلونو"},
	{"hours", "ساعته ساعتونه"},
	{"decade", "لسیزه لسیزې"},
	{"century", "پېړۍ"},
	{"last", "تېره تېرې"},
	{"past", "تېرو"},
	{"next", "راتلونکی راتلونکې"},
	{"coming", "راتلونکو"},
	{"current", "روان روانه روانې روانو"},
	{"this", "دا دغه سږ"},
	{"ago", "مخکې وړاندې دمخه"},
	{"later", "وروسته"},
	{"now", "اوس اوسمهال"},
	{"one", "یو یوه"},
	{"two", "دوه دوو"},
	{"three", "درې دریو"},
	{"four", "څلور څلورو"},
	{"five", "پنځه پنځو"},
	{"six", "شپږ شپږو"},
	{"seven", "اووه اوو"},
	{"eight", "اته اتو"},
	{"nine", "نهه"},
	{"ten", "لس لسو"},
	{"several", "څو"},
	{"people", "تنه کسان"},
}

// pashtoObliqueDays: the weekdays in the oblique case ("د دوشنبې په ورځ":
// on Monday). They count only after a word that takes the oblique
// (pashtoGoverned): "جمعی" is also Persian for "collective" ("رسانه‌های
// جمعی", the mass media).
var pashtoObliqueDays = []struct{ canon, forms string }{
	{"saturday", "شنبې"},
	{"sunday", "یکشنبې"},
	{"monday", "دوشنبې"},
	{"tuesday", "درېشنبې سه‌شنبې"},
	{"wednesday", "چهارشنبې څلورشنبې"},
	{"thursday", "پنجشنبې"},
	{"friday", "جمعې"},
}

// pashtoMonths: the Gregorian months as Pashto writes them where Dari
// spells them otherwise (with ټ for t).
var pashtoMonths = [12]string{
	"", "", "", "", "", "", "جولايي", "اګسټ", "سپټمبر", "اکټوبر", "", "",
}

// pashtoHijriMonths: the Solar Hijri months by their Pashto (zodiac)
// names, direct and oblique, beside the Arabic ones Persian already holds.
var pashtoHijriMonths = [12]string{
	"وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله تلې", "لړم", "لیندۍ", "مرغومی", "سلواغه سلواغې", "کب",
}

// pashtoWeakMonths are Hijri month names that are common words too (lamb,
// ox, lion, ear of grain, scales, scorpion, fish; Persian "تله" is a trap:
// "۳ تله انفجاری" is three bombs): a day number before them is no date
// unless a year follows ("۱۵ تله ۱۴۰۲"); Pashto writes the day after the
// month ("د تلې ۱۵مه", parse_ps.go).
var pashtoWeakMonths = map[string]bool{"وری": true, "غویی": true, "زمری": true, "وږی": true, "تله": true, "تلی": true, "لړم": true, "کب": true}

// pashtoPreDets: the Pashto determiners, which stand before their noun:
// "اونۍ تېره شوه" is "a week passed", not Persian's "هفته گذشته".
var pashtoPreDets = map[string]bool{
	"تیره": true, "تیری": true, "تیرو": true, "راتلونکی": true, "راتلونکو": true, "روان": true,
	"روانه": true, "روانی": true, "روانو": true, "دا": true, "دغه": true, "سږ": true,
}

// pashtoTense: words that put a Pashto clause ahead of the DCT: "ټاکل شوې"
// (scheduled), the subjunctive "وشي" of "به وشي" (will take place).
var pashtoTense = map[string]int{"ټاکل": 1, "وشي": 1}

// pashtoEras: the era words Pashto writes after a year ("۱۴۰۳ لمریز کال",
// "۲۰۲۴ زېږدیز کال").
var pashtoEras = []string{"لمریز", "زېږدیز", "میلادي"}

func addPashto() {
	for _, w := range pashtoWords {
		alias(w.canon, strings.Fields(w.forms)...)
	}
	for _, w := range pashtoObliqueDays {
		aliasStrict(w.canon, strings.Fields(w.forms)...)
	}
	for i, forms := range pashtoMonths {
		aliasStrict(monthNames[i], strings.Fields(forms)...)
	}
	for i, forms := range pashtoHijriMonths {
		own(wHijri, i+1, true, strings.Fields(forms)...)
	}
	own(wRelDay, -2, false, "وړمه") // "وړمه ورځ": the day before yesterday
	own(wNone, 0, false, "سږکال")   // this year, in one word
	for w, c := range pashtoTense {
		tenseCue[script.Fold(w)] = c
	}
	for _, w := range pashtoEras {
		yearSuffix[script.Fold(w)] = true
	}
}
