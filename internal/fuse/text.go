package fuse

import (
	"sort"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/gazetteer"
)

// Text as evidence: two reports of one incident tell it in many of the
// same words (the weapon, the target, the figures, the names), while a
// look-alike shares only the words every report of its kind uses. A
// mention's gist is the content words of its article's title and lead
// (see Gist) and of the sentences its claims and denials were read from;
// gistSim compares two gists.

// maxGist bounds the words one mention carries into the store: the title
// and lead of an article hold what it is about; the rest of the text
// tells more of it but costs storage on every mention.
const maxGist = 48

// leadWords is how much of the text after the title is read for the gist:
// about the first three sentences of a news story, which tell what, where
// and who.
const leadWords = 80

// gistStop are words that tell no incident from another: function words,
// reporting verbs, time words, the names of administrative levels, and the
// vocabulary that every report of violence uses. Place names and actors
// are left out of a mention's gist separately (they are compared as places
// and actors).
var gistStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		the and but for from into onto with without about above after again against
		all also among any are around because been before being below between both
		during each few further had has have having her here hers him his how its
		itself just more most near not now off once only other our out over own
		same she should some such than that their theirs them then there these
		they this those through too under until very was were what when where which
		while who whom why will would can could may might must shall you your yet
		one two three four five six seven eight nine ten dozen dozens several many
		said say says told tell according report reported reports reporting news
		statement added confirmed claimed claim announced spokesman spokesperson
		official officials source sources local people least nearly about around
		monday tuesday wednesday thursday friday saturday sunday today yesterday
		tonight morning afternoon evening night week weeks month months year years
		day days hour hours earlier later late early last next first second third
		january february march april june july august september october november december
		district province region state county city town village area areas country
		provincial national capital north south east west northern southern eastern
		western central border
		kill killed kills killing dead death deaths die died wound wounded injure
		injured injuries casualty casualties attack attacked attacks attacker
		attackers clash clashes clashed fight fighting fighter fighters violence
		incident incidents security force forces police policemen soldier soldiers
		troops army military militant militants gunmen armed group groups civilian
		civilians member members man men woman women child children person persons
		strike airstrike drone bomb bombing blast explosion explosive raid shell
		shelling rocket missile operation
		government authorities update breaking live video photo new writethru`) {
		m[w] = true
	}
	// Russian and Persian/Dari, written in their script and keyed as
	// eachWord reads them (Cyrillic in Latin letters, Persian split at
	// its zero-width non-joiner), so that two reports in those languages
	// share no word by grammar alone. Russian inflects: the forms a
	// report uses are listed.
	for _, list := range []string{gistStopRu, gistStopFa} {
		for w := range eachWord(list) {
			m[w] = true
		}
	}
	return m
}()

// nationWords are the words of every country's names and demonyms
// ("pakistan", "pakistani", "burkina", "faso"), keyed as words() writes
// them: every report of a country's war names the country and its people,
// the attacker's and the victims', so sharing them ties no two reports of
// it (two Pakistani strikes in one province a day apart shared only
// "Pakistani"). A report's own country is compared as its place.
var nationWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, n := range gazetteer.NationNames() {
		for _, w := range words(n) {
			if len(w) >= 3 && !gistStop[w] {
				m[w] = true
			}
		}
	}
	return m
})

// gistStopRu: the same kinds of words as gistStop, in Russian.
const gistStopRu = `
	что как который которая которые которых которым это этот эта эти этого этой этом этих
	также кроме около более менее между после перед через против из-за для без под над при
	его её их они она оно был была были было будет уже ещё еще где когда там тут так только
	однако чтобы тем том того всех все всё весь своих свои своей свой своим
	сообщил сообщила сообщили сообщает сообщают заявил заявила заявили заявляет рассказал
	рассказали отметил отметили добавил добавили подтвердил подтвердили передает передаёт пишет
	данным словам информации сведениям источник источники источника источников агентство
	агентства агентству пресс-служба пресс-службы пресс-службе представитель представителя
	ведомство ведомства ведомстве сообщение сообщения сообщении заявление заявления новости
	понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
	сегодня вчера позавчера ночь ночью утром вечером днем днём день дня дней год года году
	лет неделе недели месяц месяца января февраля марта апреля мая июня июля августа
	сентября октября ноября декабря
	район района районе районах область области областях провинция провинции провинциях
	город города городе село села селе селах кишлак кишлаке кишлаках граница границы
	границе страна страны стране север севере юг юге восток востоке запад западе участке
	погиб погибли погибших погибшие убит убиты убитых ранен ранены раненых ранения
	задержан задержаны задержанных нападение нападения нападении атака атаки бой бои боя
	боях столкновение столкновения столкновениях перестрелка перестрелки перестрелке
	обстрел обстрела обстреле взрыв взрыва военные военных военнослужащие военнослужащих
	пограничники пограничников пограничниками силовики силовиков полиция полиции
	полицейские боевики боевиков боевиками человек человека мирных жителей жители
	граждан сил силы безопасности армии армия
	один одна два две три четыре пять шесть семь восемь девять десять двое трое четверо
	пятеро несколько`

// gistStopFa: the same kinds of words as gistStop, in Persian and Dari.
const gistStopFa = `
	از در به با که این آن را و یا تا بر برای پس هم نیز است اند بود بودند شد شده شدند
	کرد کردند کرده می گفت گفته گفتند اعلام گزارش منابع منبع محلی مقامات مقام سخنگوی سخنگو
	خبرگزاری خبر همچنین اما ولی طی بعد قبل هنگام پیش دیگر هر همه چند یک دو سه چهار پنج
	شش هفت هشت نه ده تن نفر روز شب امروز دیروز صبح عصر شنبه یکشنبه دوشنبه
	چهارشنبه پنجشنبه جمعه هفته ماه سال ولایت ولسوالی استان شهر روستا قریه منطقه مرز مرزی
	شمال جنوب شرق غرب کشته زخمی زخم حمله حملات درگیری انفجار نیروهای نیروی نیروها امنیتی
	پولیس پلیس ارتش سرباز سربازان افراد مسلح مردم غیرنظامی غیرنظامیان`

// gistWord is the comparable form of a content word, or "" when it tells
// nothing: lower case, accents folded, inflections cut by stem ("struck"
// stays apart, "strikes" = "strike"); numbers below 3 and years
// say nothing of one incident.
func gistWord(w string) string {
	if w == "" {
		return ""
	}
	if w[0] >= '0' && w[0] <= '9' {
		n, digits := 0, true
		for i := 0; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				digits = false
				break
			}
			n = n*10 + int(w[i]-'0')
			if n > 1e6 {
				break
			}
		}
		if digits && (n < minFig || len(w) == 4 && n >= 1900 && n <= 2100) {
			return ""
		}
		return w
	}
	if len(w) < 3 {
		return ""
	}
	w = stem(w)
	if stopStems()[w] {
		return ""
	}
	return w
}

// minStem is the shortest stem an inflection is cut to: shorter stems
// ("bus" of "buses", "thing") meet unrelated words.
const minStem = 4

// stem cuts the inflections English reports vary most: plural and third
// person (-s; -es after a sibilant: "clashes"), past (-ed) and gerund
// (-ing, -ings), then a final silent e, so that "strike", "strikes",
// "torch" and "torched" meet their other forms. Double s ("witness",
// "process") is no plural. gistOf cuts again the stems stored on
// mentions, so stem(stem(w)) is stem(w) for all but a few words.
func stem(w string) string {
	cut := func(suf string) bool {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= minStem {
			w = w[:len(w)-len(suf)]
			return true
		}
		return false
	}
	switch {
	case cut("ings"), cut("ing"), cut("ed"):
	case strings.HasSuffix(w, "es") && sibilant(w[:len(w)-2]) && cut("es"):
	case !strings.HasSuffix(w, "ss") && cut("s"):
	}
	if len(w) > minStem && w[len(w)-1] == 'e' {
		w = w[:len(w)-1]
	}
	return w
}

// sibilant: a stem that takes -es in the plural ("clash", "box", "bus").
func sibilant(s string) bool {
	for _, e := range []string{"s", "x", "z", "ch", "sh"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// stopStems are the stems of gistStop and nationWords: a word says
// nothing when its stem is one of theirs ("airstrikes" is "airstrike").
var stopStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range gistStop {
		m[stem(w)] = true
	}
	for w := range nationWords() {
		m[stem(w)] = true
	}
	return m
})

// Gist is the content words of an article's title and lead, in order of
// first appearance, at most maxGist: what ingest stores on each mention it
// hands to fusion (event.Event.Gist).
func Gist(title, text string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string, limit int) {
		i := 0
		for w := range eachWord(s) {
			if i >= limit || len(out) >= maxGist {
				return
			}
			i++
			if g := gistWord(w); g != "" && !seen[g] {
				seen[g] = true
				out = append(out, g)
			}
		}
	}
	add(title, maxGist)
	add(text, leadWords)
	return out
}

// AddGist stores the gist of an article (its title and text) on each of
// its current mentions. A mention told as history is left without: the
// title and lead tell the article's news, not the history it recalls.
func AddGist(ms []event.Event, title, text string) {
	g := Gist(title, text)
	if len(g) == 0 {
		return
	}
	for i := range ms {
		if !ms[i].Background {
			ms[i].Gist = g
		}
	}
}

// gistOf is the set of m's gist words and of the words of its claims' and
// denials' sentences, minus the words of its own places and actors.
func (f *feat) gistOf(m *event.Event, skip map[string]bool) {
	set := map[string]bool{}
	add := func(w string) {
		if g := gistWord(w); g != "" && !skip[g] {
			set[g] = true
		}
	}
	for _, w := range m.Gist {
		add(w)
	}
	for _, c := range m.Claims {
		for _, w := range words(c.Quote) {
			add(w)
		}
	}
	for _, d := range m.Denials {
		for _, w := range words(d.Quote) {
			add(w)
		}
	}
	f.gist = make([]string, 0, len(set))
	for w := range set {
		f.gist = append(f.gist, w)
	}
	sort.Strings(f.gist) // gistFit walks two gists in step
}

// How much two gists must share to count. The overlap is measured against
// the shorter gist so that a one-line flash can meet the full report of
// its incident; a few shared words are needed besides, since two short
// headlines of one kind share a word or two by chance.
const (
	gistSomeShare   = 0.34 // share of the shorter gist: some evidence
	gistStrongShare = 0.5  // ... strong evidence, which ties the reports
	gistMinShared   = 3    // words in common for any evidence
	gistStrongMin   = 4    // words in common for strong evidence
	gistSomePts     = 10
	gistStrongPts   = 20
)

// gistFit scores how much of their wording two mentions share: points,
// whether the text alone ties them (strong), and a label.
func gistFit(a, b *feat) (pts int, strong bool, label string) {
	if len(a.gist) == 0 || len(b.gist) == 0 {
		return 0, false, ""
	}
	n := 0
	for i, j := 0, 0; i < len(a.gist) && j < len(b.gist); {
		switch {
		case a.gist[i] == b.gist[j]:
			n++
			i++
			j++
		case a.gist[i] < b.gist[j]:
			i++
		default:
			j++
		}
	}
	small := min(len(a.gist), len(b.gist))
	share := float64(n) / float64(small)
	label = "text shares " + itoa(n) + "/" + itoa(small) + " words"
	switch {
	case n >= gistStrongMin && share >= gistStrongShare:
		return gistStrongPts, true, label
	case n >= gistMinShared && share >= gistSomeShare:
		return gistSomePts, false, label
	}
	return 0, false, ""
}
