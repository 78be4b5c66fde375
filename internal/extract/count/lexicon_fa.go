package count

import "strings"

// Persian number words as Dari and Iranian news write them, stored as
// script.Fold spells them ("ده‌ها" is "دهها"). Compounds join with "و"
// ("بیست و پنج", "صد و بیست"); Dari also says "دو صد" for 200.
var persianNumbers = []struct {
	v     int64
	forms string
}{
	{1, "یک"}, {2, "دو"}, {3, "سه"}, {4, "چهار"}, {5, "پنج"}, {6, "شش شیش"}, {7, "هفت"}, {8, "هشت"},
	{10, "ده"}, {11, "یازده"}, {12, "دوازده"}, {13, "سیزده"}, {14, "چهارده"}, {15, "پانزده پونزده"},
	{16, "شانزده"}, {17, "هفده هیفده"}, {18, "هجده هیجده هژده"}, {19, "نوزده"},
	{20, "بیست"}, {30, "سی"}, {40, "چهل"}, {50, "پنجاه"}, {60, "شصت"}, {70, "هفتاد"}, {80, "هشتاد"}, {90, "نود"},
}

var persianHundreds = []struct {
	v     int64
	forms string
}{
	{100, "یکصد"}, {200, "دویست"}, {300, "سیصد"}, {400, "چهارصد"}, {500, "پانصد پنجصد"},
	{600, "ششصد"}, {700, "هفتصد"}, {800, "هشتصد"}, {900, "نهصد"},
}

// persianQuals: each Persian qualifier with the English one of the same reading.
var persianQuals = []struct {
	words string
	q     Qualifier
}{
	{"دست کم", AtLeast}, {"دستکم", AtLeast}, {"حداقل", AtLeast},
	{"بیش از", MoreThan}, {"بیشتر از", MoreThan},
	{"کم تر از", LessThan}, {"کمتر از", LessThan},
	{"حداکثر", AtMost}, {"حدود", About}, {"حدودا", About}, {"تقریبا", Approximately},
	{"نزدیک به", CloseTo},
}

func addPersian() {
	for _, n := range persianNumbers {
		number(lNum, n.v, 0, n.forms)
	}
	number(lNum, 9, fNeedPerson, "نه") // also "no", "not"
	for _, n := range persianHundreds {
		number(lHundreds, n.v, 0, n.forms)
	}
	number(lHundred, 100, fBare, "صد")
	number(lScale, 1000, fBare, "هزار")
	number(lScale, 1_000_000, 0, "میلیون ملیون")
	number(lScale, 1_000_000_000, 0, "میلیارد ملیارد")
	number(lAnd, 0, fAndTens, "و")
	lexicon["و"].numbers = false
	vagueWords("tens", fDirect, "ده‌ها")
	vagueWords("hundreds", fDirect, "صدها")
	vagueWords("thousands", fDirect, "هزاران")
	vagueWords("millions", fDirect, "میلیون‌ها")
	vagueWords("several", 0, "چند چندین")
	for _, q := range persianQuals {
		foreignQual(q.words, q.q)
	}
	flag(fPerson, strings.Fields(`نفر تن سرباز سربازان غیرنظامی غیرنظامیان کودک کودکان زن زنان مرد مردان
		شهروند شهروندان عضو جنگجو جنگجویان طالب طالبان نیرو نیروی نیروهای پولیس پلیس مرزبان مرزبانان
		کشته زخمی مجروح زندانی زندانیان مهاجر مهاجران`)...)
	flag(fUnit, strings.Fields(`کیلومتر متر کیلوگرام درصد ساعت دقیقه روز هفته ماه سال ساله دالر دلار
		افغانی تومان ریال`)...)
	flag(fMonth, strings.Fields(`جنوری فبروری مارچ اپریل می جون جولای اگست سپتمبر اکتوبر نومبر دسمبر
		ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر
		حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت
		فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند`)...)
}
