package gazetteer

import (
	"github.com/sitrep/sitrep/internal/translit"
)

// Place mentions in Russian (and Tajik, Uzbek, Kyrgyz Cyrillic) and in
// Persian/Dari text. English capitalisation rules do not carry over:
// Russian inflects names ("в Кабуле", "Хатлонской области") and writes
// peoples as lower-case adjectives ("таджикских пограничников"); Persian
// has no capitals at all, so a name is known by the index alone, by a
// level word before it ("ولایت بدخشان") or by a preposition ("در کابل").

// scriptOf is the script of a token's first letter as the mention rules
// need it: Cyrillic, Arabic, or Other for Latin and everything else (the
// English rules).
func scriptOf(r rune) translit.Script {
	if r < 0x400 {
		return translit.ScriptOther
	}
	if s := translit.ScriptOf(r); s == translit.ScriptCyrillic || s == translit.ScriptArabic {
		return s
	}
	return translit.ScriptOther
}

// foldSet and foldKinds key a table of words by their fold keys, so that a
// token's fold finds them whatever its case or its Arabic letter variants
// ("ي"/"ی", "ك"/"ک").
func foldSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[FoldKey(w)] = true
	}
	return m
}

func foldKinds(m map[string]Kind) map[string]Kind {
	out := make(map[string]Kind, len(m))
	for w, k := range m {
		out[FoldKey(w)] = k
	}
	return out
}

// scriptLevel: level words of Russian (in their case forms) and of
// Persian/Dari, before or after a name.
var scriptLevel = foldKinds(map[string]Kind{
	"район": KindAdmin2, "района": KindAdmin2, "районе": KindAdmin2, "районом": KindAdmin2, "районы": KindAdmin2,
	"районов": KindAdmin2, "районах": KindAdmin2, "уезд": KindAdmin2, "уезда": KindAdmin2, "уезде": KindAdmin2,
	"уездом": KindAdmin2, "уезды": KindAdmin2, "шахрестан": KindAdmin2, "шахрестана": KindAdmin2, "тумана": KindAdmin2,
	"область": KindAdmin1, "области": KindAdmin1, "областью": KindAdmin1, "областей": KindAdmin1, "областях": KindAdmin1,
	"провинция": KindAdmin1, "провинции": KindAdmin1, "провинцию": KindAdmin1, "провинцией": KindAdmin1,
	"провинций": KindAdmin1, "провинциях": KindAdmin1, "вилоят": KindAdmin1, "вилоята": KindAdmin1, "вилояте": KindAdmin1,
	"мухафаза": KindAdmin1, "мухафазы": KindAdmin1, "мухафазе": KindAdmin1, "остан": KindAdmin1, "остана": KindAdmin1,
	"штат": KindAdmin1, "штата": KindAdmin1, "штате": KindAdmin1, "край": KindAdmin1, "края": KindAdmin1, "крае": KindAdmin1,
	"город": KindCity, "города": KindCity, "городе": KindCity, "городом": KindCity, "село": KindCity, "села": KindCity,
	"селе": KindCity, "кишлак": KindCity, "кишлака": KindCity, "кишлаке": KindCity, "поселок": KindCity,
	"посёлок": KindCity, "поселка": KindCity, "посёлка": KindCity, "поселке": KindCity, "посёлке": KindCity,
	"деревня": KindCity, "деревни": KindCity, "деревне": KindCity, "джамоат": KindCity, "джамоата": KindCity,
	"джамоате": KindCity, "аул": KindCity, "аула": KindCity, "ауле": KindCity,
	"река": KindFeature, "реки": KindFeature, "реке": KindFeature, "ущелье": KindFeature, "ущелья": KindFeature,
	"перевал": KindFeature, "перевала": KindFeature, "долина": KindFeature, "долины": KindFeature, "долине": KindFeature,
	"ولسوالی": KindAdmin2, "ولسوالی‌های": KindAdmin2, "شهرستان": KindAdmin2, "ولایت": KindAdmin1, "ولایات": KindAdmin1,
	"استان": KindAdmin1, "استان‌های": KindAdmin1, "شهر": KindCity, "روستای": KindCity, "روستا": KindCity,
	"قریه": KindCity, "قریه‌ی": KindCity, "دهکده": KindCity, "بندر": KindCity, "دره": KindFeature, "دریای": KindFeature,
	"رود": KindFeature, "کوتل": KindFeature,
	// Pashto, after the name ("شواک ولسوالۍ", "ننګرهار ولایت")
	"ولسوالۍ": KindAdmin2, "ولسوالیو": KindAdmin2, "ښار": KindCity, "ښارګوټی": KindCity, "ښارګوټي": KindCity,
	"کلي": KindCity, "کلی": KindCity,
})

// cyrLocatives: prepositions after which a capitalised word is a place
// more often than a person.
var cyrLocatives = foldSet("в", "во", "из", "у", "около", "близ", "возле", "под", "над", "на", "до", "через", "между")

// faLocatives: the same in Persian and Dari.
var faLocatives = foldSet("در", "از", "به", "نزدیک", "حومه", "حوالی", "اطراف", "مربوط", "تا", "میان", "بین", "سوی",
	// Pashto: in, from, of, on, up to
	"په", "له", "د", "پر", "تر", "نږدې")

// cyrStart: words that open Russian sentences with a capital and are
// never places.
var cyrStart = foldSet("он", "она", "они", "оно", "это", "эти", "этот", "эта", "так", "как", "там", "тут", "при",
	"все", "всё", "его", "её", "их", "мы", "вы", "кто", "что", "где", "когда", "также", "однако", "после", "по", "на",
	"в", "и", "но", "а", "из", "за", "у", "к", "с", "о", "об", "от", "до", "не", "ни", "для", "над", "под", "же",
	"ранее", "позже", "теперь", "сегодня", "вчера", "между", "около", "более", "менее", "кроме", "среди",
	// the people of a place, opening a sentence before its genitive
	// ("Жители Хорога вышли...": residents of Khorog), no name's first word
	"жители", "житель", "жительница", "военные", "боевики", "сотрудники", "силовики", "пограничники", "власти",
	"войска", "силы", "беженцы", "граждане", "мирные", "талибы", "представители", "полицейские",
	// a report's words that open a sentence and that GeoNames spells as
	// a town abroad once written in Latin ("Была обстреляна колонна":
	// was shelled, no Pella; "Мина взорвалась": a mine)
	"был", "была", "было", "были", "или", "мина", "мины", "база", "базы", "мулла", "бои", "боях")

// cyrTitles precede person names: the capitalised words after them are
// not places ("президент Эмомали Рахмон").
var cyrTitles = foldSet("президент", "президента", "министр", "министра", "глава", "главы", "представитель",
	"представителя", "секретарь", "генерал", "генерала", "полковник", "полковника", "командир", "командующий",
	"губернатор", "губернатора", "председатель", "депутат", "посол", "посла", "мулла", "муллы", "имам", "шейх",
	"господин", "госпожа", "журналист", "корреспондент", "спикер", "лидер", "лидера")

// faStop: Persian and Dari words that are also the Persian or Arabic name
// of some village, and words of every report that must not be read as
// one.
var faStop = foldSet("در", "از", "به", "با", "که", "این", "آن", "را", "و", "یا", "تا", "بر", "برای", "پس", "هم", "نیز",
	"شد", "است", "بود", "کرد", "گفت", "می", "های", "ها", "ای", "یک", "دو", "سه", "روز", "شب", "سال", "ماه", "امروز",
	"دیروز", "گذشته", "نیروهای", "نیروی", "امنیتی", "مردان", "طالبان", "مرز", "مرزی", "حمله", "کشته", "زخمی", "منابع", "محلی",
	"پولیس", "ارتش", "دولت", "حکومت", "وزارت", "سخنگوی", "والی", "فرمانده", "مردم", "افراد", "تن", "نفر", "شمال",
	"جنوب", "شرق", "غرب", "مرکز", "شمالی", "جنوبی", "شرقی", "غربی", "مرکزی", "خبر", "گزارش", "همچنین", "اما", "ولی",
	"بازداشت", "درگیری", "انفجار", "پایگاه", "پاسگاه", "مسجد", "بازار", "جاده", "منطقه", "محل", "خانه", "اند", "بودند",
	"شدند", "کردند", "گفته", "اعلام", "شده", "کرده", "داد", "دادند", "خود", "او", "آنها", "وی", "ما", "جمهوری", "اسلامی",
	"امارت", "ملی", "عمومی", "صبح", "ظهر", "عصر", "نیمه", "هفته", "شنبه", "جمعه", "یکشنبه", "دوشنبه", "سه‌شنبه",
	"چهارشنبه", "پنجشنبه", "غیر", "پیش", "بعد", "قبل", "چند", "هر", "همه", "دیگر", "باره", "مورد", "درباره", "شمار",
	"مسکونی", "تور", // residential, a charge: read as towns abroad (Meskiana, Tver)
	// Pashto: grammar, numbers, time words and the words of every report
	"کې", "کښې", "څخه", "ته", "سره", "باندې", "او", "چې", "یې", "دا", "دغه", "هغه", "نه", "شول", "شو", "شوي",
	"شوی", "وویل", "ویلي", "په", "له", "د", "پر", "تر", "یو", "یوه", "یوې", "دوه", "درې", "څلور", "پنځه", "شپږ",
	"اووه", "اته", "نهه", "لس", "شل", "سل", "ورځ", "ورځې", "شپه", "شپې", "کال", "میاشت", "اونۍ", "پرون", "نن",
	"سبا", "تېره", "تېر", "سهار", "ماښام", "طالبانو", "سرتیري", "سرتیرو", "پولیسو", "ځواکونه", "ځواکونو",
	"امنیتي", "چارواکو", "چارواکي", "ویاند", "والي", "برید", "بریدونه", "چاودنه", "چاودنې", "نښته", "نښتې",
	"ووژل", "ټپیان", "ټپي", "مړه", "کسان", "تنه", "خلک", "ملکي", "وګړي", "وسله", "وال", "والو", "ولایتي",
	"سیمه", "سیمې", "پوځ", "پوځي", "اسلامي", "اړه", "وینا", "قوله", "وروسته", "مخکې", "ترمنځ", "پوله", "پولې",
	// what follows a preposition as often as a place does ("در جریان",
	// "په ترڅ کې"): a province is looked for by its skeleton there
	"جریان", "نتیجه", "پی", "حالی", "کنار", "داخل", "خارج", "سراسر", "نزدیکی", "اثر", "ادامه", "پاسخ", "راستای",
	"زمان", "هنگام", "طول", "برابر", "مقابل", "حال", "ساحه", "ساحات", "مناطق", "دنبال", "پایان", "آغاز", "جنگ",
	"نبرد", "عملیات", "حملات", "بخش", "قسمت", "همین", "ترڅ", "ترځ", "پایله", "لړ", "وخت", "ګډون", "دوران", "پای",
	"پیل", "وړاندې", "جګړه", "جګړې", "سیمو", "ترڅنګ", "لومړي", "دې", "هغې", "دغې", "کور", "کورونو", "لاره", "لارې",
	// Pashto light verbs and function words, and its weekdays' oblique
	// forms ("د دوشنبې په ورځ": on Monday, no capital's name)
	"کړه", "کړ", "کړې", "کړل", "کړی", "کړي", "وکړ", "وکړه", "وکړې", "وکړل", "وشوه", "وشو", "شوه", "کوي", "کېږي",
	"ورکړ", "ورکړه", "ورکړي", "ورکړی", "وي", "ول", "لري", "ده", "دي", "دی", "وو", "لپاره", "لکه", "ځکه", "بیا",
	"اوس", "ډېر", "ټول", "نور", "نورو", "هر", "کوم", "څه", "کله", "دلته", "هلته", "خپل", "خپله", "خپلو", "ورته",
	"ورسره", "خو", "یا", "که", "یعنې", "ووېل", "وايي", "زیاته", "ټینګار", "ادعا", "رد", "پوسته", "پوستې",
	"شنبې", "یکشنبې", "دوشنبې", "سه‌شنبې", "درېشنبه", "درېشنبې", "چهارشنبې", "څلورشنبه", "څلورشنبې",
	"پنجشنبې", "جمعې",
	// adjectives and nouns of reports that are some town's Persian name
	"هوایی", "هوايي", "اگر", "داخله", "عسکر", "غاړې", "قوم", "قومي", "قتل",
	// more words after "در" and "په" that are no division
	"زمینه", "خصوص", "رابطه", "واکنش", "تماس", "گفتگو", "جلسه", "نشست", "کشور", "حالیکه", "پیوند", "ارتباط",
	"جهت", "سطح", "میانه", "اواخر", "اوایل", "حدود", "پایتخت", "ساعات", "لحظه", "دقیقه", "وخت", "ځای", "یوه",
	"دوو", "ټوله", "ټولو", "مرسته", "خاطر", "نوم", "پرتله", "واسطه", "لاس", "ترڅ", "ورځو", "شپو", "ګاونډ",
	// Pashto quantity and time words ("لږ تر لږه": at least, "تر اوسه":
	// until now, "ډلې": a group)
	"لږ", "لږه", "اوسه", "ډله", "ډلې", "ډلو", "زیات", "کم", "ځینې", "ځینو", "شمېر", "ګڼ", "تنو", "کسانو",
	"پرته", "لاندې", "پورته", "منځ", "پسې", "دمخه", "پخوا", "نو", "زده", "کوونکي", "کوونکو",
	// the reports' own vocabulary (words extract's glossaries know) that
	// GeoNames spells as a town abroad: a mine, villages, bodies, a base,
	// a teacher, disputes, "said"
	"ماین", "ماینونه", "روستا", "روستاها", "مړي", "مړی", "قرارگاه", "ښوونکي", "ښوونکی", "شخړې", "شخړه", "ویل")

const (
	// maxScriptWords: the longest run read as one name ("جمهوری آذربایجان",
	// "Нижний Пяндж", "سیستان و بلوچستان" with its "و").
	maxScriptWords = 3
	// minBareTownPop: a bare Persian word is read as a town only when the
	// town is at least this big, or a preposition or level word says a
	// place is meant: the Persian names in GeoNames include villages
	// named by common words.
	minBareTownPop = 50000
	// minInflectedTownPop: the same for a Russian word found only after
	// its case ending was cut ("Рахмона" is a man before it is a
	// village's genitive).
	minInflectedTownPop = 5000
)

// scriptMentions reads the mention that starts at token i (Cyrillic or
// Arabic script) and returns it (or none) and the last token it used.
func (g *Gazetteer) scriptMentions(text string, tz *tokenizer, i int) ([]Mention, int) {
	if tz.toks[i].script == translit.ScriptArabic {
		return g.persianMention(text, tz, i)
	}
	return g.cyrillicMention(text, tz, i)
}

// scriptLevelAt is the level word at token k, if k is in range.
func scriptLevelAt(tz *tokenizer, k int) Kind {
	if k < 0 || k >= len(tz.toks) {
		return 0
	}
	return scriptLevel[tz.word(&tz.toks[k])]
}

// foldHits looks a fold key up in tier 1 (exact names).
func (g *Gazetteer) foldHits(key []byte, hits []hit) []hit {
	for _, e := range g.postings(false, hashKey(1, key)) {
		hits = append(hits, hit{e >> flagBits, e & (1<<flagBits - 1), tierFold})
	}
	return hits
}

// mentionOf makes a mention of tokens a..b with hits.
func mentionOf(text string, tz *tokenizer, a, b int, hits []hit) Mention {
	m := Mention{Start: int(tz.toks[a].start), End: int(tz.toks[b].end), Known: len(hits) > 0, hits: hits}
	m.Text = text[m.Start:m.End]
	m.Demonym = len(hits) > 0
	for _, h := range hits {
		if h.flags&flagDemonym == 0 {
			m.Demonym = false
		}
	}
	return m
}

// strongHits: some hit is a country, first-level division or region, or a
// town of at least pop.
func (g *Gazetteer) strongHits(hits []hit, pop uint32) bool {
	for _, h := range hits {
		r := &g.places[h.place]
		switch r.Kind {
		case KindCountry, KindAdmin1, KindRegion, KindContinent:
			return true
		case KindCity:
			if r.Pop >= pop || codeOf(r) == "PPLC" || codeOf(r) == "PPLA" {
				return true
			}
		}
	}
	return false
}
