package dates

import "strings"

// Russian: each word form the grammar needs, read as its English
// counterpart. Months and weekdays come in the cases news uses them in
// (nominative, genitive "3 сентября", prepositional "в сентябре",
// accusative "в пятницу"); units in the singular the relative phrases take
// ("на прошлой неделе") and the plural forms that follow numbers ("три дня").
var russianWords = []struct{ canon, forms string }{
	{"january", "январь января январе"},
	{"february", "февраль февраля феврале"},
	{"march", "март марта марте"},
	{"april", "апрель апреля апреле"},
	{"may", "май мая мае"},
	{"june", "июнь июня июне"},
	{"july", "июль июля июле"},
	{"august", "август августа августе"},
	{"september", "сентябрь сентября сентябре"},
	{"october", "октябрь октября октябре"},
	{"november", "ноябрь ноября ноябре"},
	{"december", "декабрь декабря декабре"},
	{"monday", "понедельник понедельника"},
	{"tuesday", "вторник вторника"},
	{"wednesday", "среда среду среды"},
	{"thursday", "четверг четверга"},
	{"friday", "пятница пятницу пятницы"},
	{"saturday", "суббота субботу субботы"},
	{"sunday", "воскресенье воскресенья"},
	{"today", "сегодня"},
	{"yesterday", "вчера"},
	{"tomorrow", "завтра"},
	{"morning", "утром утро"},
	{"afternoon", "днем"},
	{"evening", "вечером вечер"},
	{"night", "ночью ночь"},
	{"day", "день сутки"},
	{"days", "дня дней суток"},
	{"week", "неделя неделе неделю"},
	{"weeks", "недели недель"},
	{"month", "месяц месяце"},
	{"months", "месяца месяцев"},
	{"year", "год году"},
	{"years", "года лет годы годов годах гг"},
	{"hour", "час"},
	{"hours", "часа часов"},
	{"decade", "десятилетие"},
	{"last", "прошлой прошлом прошлую прошлый прошлая прошлые минувшей минувшем минувшую минувший минувшая минувшие"},
	{"this", "этой этом эту этот эта"},
	{"next", "следующей следующем следующую следующий будущей будущем будущую будущий"},
	{"current", "текущей текущем текущую текущий"},
	{"past", "последние последних"},
	{"ago", "назад"},
	{"later", "спустя позже"},
	{"in", "в во"},
	{"now", "сейчас"},
	{"recently", "недавно"},
	{"one", "один одна одну одного"},
	{"two", "два две двух"},
	{"three", "три трех"},
	{"four", "четыре четырех"},
	{"five", "пять пяти"},
	{"six", "шесть шести"},
	{"seven", "семь семи"},
	{"eight", "восемь восьми"},
	{"nine", "девять девяти"},
	{"ten", "десять десяти"},
	{"several", "несколько нескольких"},
	{"people", "человек людей человека"},
}

// russianTense: verbs that put a Russian clause ahead of the DCT (its past
// is the default reading of news).
var russianTense = map[string]int{
	"будет": 1, "будут": 1, "планируется": 1, "планирует": 1, "планируют": 1, "намерены": 1,
	"намерен": 1, "предстоит": 1, "состоится": 1, "пройдет": 1, "пройдут": 1, "начнется": 1,
}

// decadeEndings are the case endings written after a decade's year and a
// hyphen: "1980-е", "1990-х", "2000-м".
var decadeEndings = map[string]bool{"е": true, "х": true, "ые": true, "ых": true, "м": true, "ми": true}

func addRussian() {
	for _, w := range russianWords {
		alias(w.canon, strings.Fields(w.forms)...)
	}
	own(wRelDay, -2, false, "позавчера")
	// "накануне" (on the eve): in a report, the day before it is told
	own(wRelDay, -1, false, "накануне")
	own(wRelDay, 2, false, "послезавтра")
	for w, c := range russianTense {
		tenseCue[w] = c
	}
}
