package count

import "strings"

// Russian number words in the cases news writes them: nominative and
// accusative ("погибли пять человек"), genitive after qualifiers ("около
// двухсот", "более пяти"), and the collectives used for people ("трое").
var russianNumbers = []struct {
	v     int64
	forms string
}{
	{1, "один одна одно одного одной одну"},
	{2, "два две двух двое двоих"},
	{3, "три трех трое троих"},
	{4, "четыре четырех четверо четверых"},
	{5, "пять пяти пятеро пятерых"},
	{6, "шесть шести шестеро шестерых"},
	{7, "семь семи семеро семерых"},
	{8, "восемь восьми восьмеро восьмерых"},
	{9, "девять девяти девятеро девятерых"},
	{10, "десять десяти десятеро десятерых десяток десятка"},
	{11, "одиннадцать одиннадцати"},
	{12, "двенадцать двенадцати"},
	{13, "тринадцать тринадцати"},
	{14, "четырнадцать четырнадцати"},
	{15, "пятнадцать пятнадцати"},
	{16, "шестнадцать шестнадцати"},
	{17, "семнадцать семнадцати"},
	{18, "восемнадцать восемнадцати"},
	{19, "девятнадцать девятнадцати"},
	{20, "двадцать двадцати"},
	{30, "тридцать тридцати"},
	{40, "сорок сорока"},
	{50, "пятьдесят пятидесяти"},
	{60, "шестьдесят шестидесяти"},
	{70, "семьдесят семидесяти"},
	{80, "восемьдесят восьмидесяти"},
	{90, "девяносто девяноста"},
}

var russianHundreds = []struct {
	v     int64
	forms string
}{
	{100, "сто ста"}, {200, "двести двухсот"}, {300, "триста трехсот"}, {400, "четыреста четырехсот"},
	{500, "пятьсот пятисот"}, {600, "шестьсот шестисот"}, {700, "семьсот семисот"},
	{800, "восемьсот восьмисот"}, {900, "девятьсот девятисот"},
}

// russianQuals: each Russian qualifier with the English one of the same
// reading (the Qualifier of a Count is the English phrase).
var russianQuals = []struct {
	words string
	q     Qualifier
}{
	{"по меньшей мере", AtLeast}, {"по крайней мере", AtLeast}, {"как минимум", AtLeast}, {"минимум", AtLeast},
	{"не менее", NoLessThan}, {"не меньше", NoLessThan},
	{"не более", NoMoreThan}, {"не больше", NoMoreThan}, {"максимум", AtMost},
	{"более чем", MoreThan}, {"более", MoreThan}, {"больше", MoreThan}, {"свыше", Over},
	{"менее", LessThan}, {"меньше", LessThan},
	{"около", About}, {"порядка", About}, {"примерно", Approximately}, {"приблизительно", Approximately},
	{"почти", Nearly}, {"до", UpTo},
}

// notAfterNum: qualifiers that are none right after a number: "с 12 до
// 19" is from 12 to 19, not up to 19.
var notAfterNum = map[string]bool{"до": true}

func addRussian() {
	for _, n := range russianNumbers {
		number(lNum, n.v, 0, n.forms)
	}
	for _, n := range russianHundreds {
		number(lHundreds, n.v, 0, n.forms)
	}
	number(lScale, 1000, fBare, "тысяча тысячу")
	number(lScale, 1000, fAlone, "тысячи")
	number(lScale, 1000, 0, "тысяч тыс")
	number(lScale, 1_000_000, fBare, "миллион")
	number(lScale, 1_000_000, 0, "миллиона миллионов млн")
	number(lScale, 1_000_000_000, 0, "миллиард миллиарда миллиардов млрд")
	number(lHundred, 100, 0, "сотен")
	number(lDozen, 10, 0, "десятков")
	alonePlural("тысячи", "thousands")
	vagueWords("tens", fDirect, "десятки")
	vagueWords("hundreds", fDirect, "сотни")
	vagueWords("millions", fDirect, "миллионы")
	vagueWords("several", 0, "несколько нескольких")
	for _, q := range russianQuals {
		foreignQual(q.words, q.q)
	}
	flag(fPerson, strings.Fields(`человек человека людей жителей жителя мирных военных военнослужащих
		пограничников пограничника боевиков боевика солдат солдата детей ребенка женщин погибших раненых
		задержанных беженцев полицейских сотрудников талибов граждан гражданина заложников`)...)
	flag(fUnit, strings.Fields(`км километров километра метров метра кг тонн тонны процентов процента
		часов часа минут минуты секунд дней дня суток недель недели месяцев месяца лет года году годы
		рублей рубля сомони долларов доллара долл сумов тенге афгани евро`)...)
	flag(fMonth, strings.Fields(`января февраля марта апреля мая июня июля августа сентября октября
		ноября декабря январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре`)...)
}

// alonePlural gives the scale word w (fAlone) the readings of the English
// vague plural like, which it means when no number precedes it.
func alonePlural(w, like string) {
	l, e := lexicon[like], lexicon[w]
	e.val, e.lo, e.hi, e.unit = l.val, l.lo, l.hi, l.unit
}
