package dates

import "strings"

// Persian as written in Afghanistan (Dari) and Iran. Stored folded
// (script.Fold): "سه‌شنبه" is looked up as "سهشنبه". Month names are
// common words too ("می" is a verb prefix, "میزان" means "amount"), so
// they count only beside a number or after "ماه" (month).
var persianWords = []struct{ canon, forms string }{
	{"saturday", "شنبه"},
	{"sunday", "یکشنبه"},
	{"monday", "دوشنبه"},
	{"tuesday", "سه‌شنبه"},
	{"wednesday", "چهارشنبه"},
	{"thursday", "پنجشنبه"},
	{"friday", "جمعه"},
	{"today", "امروز"},
	{"yesterday", "دیروز"},
	{"tomorrow", "فردا"},
	{"morning", "صبح بامداد"},
	{"afternoon", "عصر"},
	{"night", "شب"},
	{"day", "روز"},
	{"week", "هفته"},
	{"month", "ماه"},
	{"year", "سال"},
	{"hour", "ساعت"},
	{"decade", "دهه"},
	{"last", "گذشته"},
	{"ago", "پیش قبل"},
	{"next", "آینده"},
	{"current", "جاری"},
	{"this", "این"},
	{"later", "بعد"},
	{"in", "در"},
	{"now", "اکنون"},
	{"recently", "اخیرا"},
	{"one", "یک"},
	{"two", "دو"},
	{"three", "سه"},
	{"four", "چهار"},
	{"five", "پنج"},
	{"six", "شش"},
	{"seven", "هفت"},
	{"eight", "هشت"},
	{"ten", "ده"},
	{"several", "چند چندین"},
	{"people", "نفر تن"},
}

// persianMonths: the Gregorian months as Dari writes them, then as Iran does.
var persianMonths = [12]string{
	"جنوری ژانویه", "فبروری فوریه", "مارچ مارس", "اپریل آوریل", "می مه", "جون ژوئن",
	"جولای جولائی ژوئیه", "اگست اوت آگوست", "سپتمبر سپتامبر", "اکتوبر اکتبر", "نومبر نوامبر", "دسمبر دسامبر",
}

var monthNames = [12]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// hijriMonths: the Solar Hijri months as Afghanistan names them (the
// zodiac), then as Iran does.
var hijriMonths = [12]string{
	"حمل فروردین", "ثور اردیبهشت", "جوزا خرداد", "سرطان تیر", "اسد مرداد امرداد", "سنبله شهریور",
	"میزان مهر", "عقرب آبان", "قوس آذر", "جدی دی", "دلو بهمن", "حوت اسفند",
}

// persianTense: words that put a Persian clause ahead of the DCT.
var persianTense = map[string]int{"خواهد": 1, "خواهند": 1, "قرار": 1}

func addPersian() {
	for _, w := range persianWords {
		alias(w.canon, strings.Fields(w.forms)...)
	}
	for i, forms := range persianMonths {
		aliasStrict(monthNames[i], strings.Fields(forms)...)
	}
	for i, forms := range hijriMonths {
		own(wHijri, i+1, true, strings.Fields(forms)...)
	}
	own(wRelDay, -2, false, "پریروز")
	// "دیشب" (last night): the night of the day before
	own(wRelDay, -1, false, "دیشب")
	own(wRelDay, 2, false, "پس‌فردا")
	for w, c := range persianTense {
		tenseCue[w] = c
	}
}
