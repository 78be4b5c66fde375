package extract

import (
	"strings"
	"testing"
	"unicode"

	"github.com/sitrep/sitrep/internal/clean"
)

// Reports in Russian and Dari/Persian, written for these tests in the
// styles of the region's wire services, state agencies and news sites,
// about the Tajik–Afghan border, the Fergana valley, Syria, Mali and
// Kashmir. Place names are written in Cyrillic or Persian script, which
// the test gazetteer does not read (resolving them is the gazetteer's
// work), so these reports assert no place.
var russianReports = []report{
	{name: "ru wire: border guards killed in a night shootout with smugglers", pub: "2025-09-17",
		title: "На таджикско-афганской границе погибли двое пограничников",
		text: `ДУШАНБЕ, 16 сентября. Двое таджикских пограничников погибли и трое были ранены в перестрелке с контрабандистами на участке границы с Афганистаном в ночь на понедельник, сообщили в пресс-службе Пограничных войск ГКНБ.

По словам представителя ведомства, нарушители открыли огонь по пограничному наряду. Четверо контрабандистов задержаны.`,
		n: 1,
		want: []wantEvent{{date: "2025-09-14", typ: "Battles", sub: "Armed clash", fatal: 2, claims: []wantClaim{
			{kind: "killed", count: 2, attr: "пресс-службе Пограничных войск", who: "пограничников"},
			{kind: "wounded", count: 3, attr: "пресс-службе"},
			{kind: "detained", count: 4, who: "контрабандистов"},
			{kind: "killed", count: 2, headline: true}}}},
	},
	{name: "ru state agency: post shelled in Batken, the other side denies", pub: "2025-05-18",
		title: "Погранслужба: таджикские военные обстреляли заставу",
		text:  `Пограничная служба Кыргызстана заявила, что 16 мая таджикские военнослужащие обстреляли пограничную заставу в Баткенской области. По данным ведомства, ранены трое кыргызских пограничников. Таджикская сторона опровергла эти сообщения, назвав их провокацией.`,
		n:     1,
		want: []wantEvent{{date: "2025-05-16", typ: "Explosions/Remote violence", fatal: 0,
			claims:  []wantClaim{{kind: "wounded", count: 3, attr: "ведомства"}},
			denials: []string{"сторона"}}},
	},
	{name: "ru Mali: named group attacks a camp, army's toll", pub: "2024-11-21",
		text: `Боевики JNIM в среду напали на военный лагерь на севере Мали, в результате нападения погибли 12 военнослужащих, сообщила армия страны.`,
		n:    1,
		want: []wantEvent{{date: "2024-11-20", typ: "Battles", actors: []string{"JNIM"}, fatal: 12,
			claims: []wantClaim{{kind: "killed", count: 12, who: "военнослужащих", attr: "армия"}}}},
	},
	{name: "ru background: the civil war of the 1990s told as history", pub: "2025-06-27",
		text: `В 1992-1997 годах в ходе гражданской войны в Таджикистане погибли десятки тысяч человек. Сегодня в стране отмечают День национального единства.`,
		n:    1,
		want: []wantEvent{{date: "1992-01-01", bg: true, fatal: -1, claims: []wantClaim{{kind: "killed", count: 20000}}}},
	},
	{name: "ru site: an execution, the verb of putting to death", pub: "2025-09-17",
		text: "Талибы казнили троих мужчин в одном из уездов провинции, сообщили местные жители.",
		n:    1,
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Taliban"}, fatal: 3}}},
	{name: "ru agency: a police post taken is territory", pub: "2025-09-17",
		text: "Боевики захватили полицейский участок на окраине города, сообщили в МВД.",
		n:    1,
		want: []wantEvent{{sub: "Non-state actor overtakes territory", fatal: 0}}},
	{name: "ru site: herders blown up on a mine", pub: "2025-09-17",
		text: "Трое чабанов подорвались на мине в одном из уездов на севере страны, сообщили местные власти.",
		n:    1,
		want: []wantEvent{{sub: "Remote explosive/landmine/IED", fatal: 0}}},
	{name: "ru agency: houses burned, nobody hurt", pub: "2025-09-17",
		text: "Неизвестные сожгли четыре дома в приграничном селе, сообщила милиция.",
		n:    1,
		want: []wantEvent{{sub: "Looting/property destruction", fatal: 0}}},
	{name: "ru wire: a missile strike, children killed", pub: "2025-09-17",
		text: "Военные нанесли ракетный удар по приграничному уезду, погибли двое детей.",
		n:    1,
		want: []wantEvent{{sub: "Shelling/artillery/missile attack", fatal: 2}}},
}

var persianReports = []report{
	{name: "fa wire: soldiers and rebels killed in a clash, Solar Hijri date, rebels deny", pub: "2023-09-18",
		title: "چهار سرباز در درگیری با شورشیان در تخار کشته شدند",
		text: `به گفته مقامات محلی، روز شنبه ۲۵ سنبله ۱۴۰۲ در درگیری میان نیروهای امنیتی و شورشیان در ولسوالی خواجه غار ولایت تخار چهار سرباز کشته و شش تن دیگر زخمی شدند.

سخنگوی فرماندهی پولیس تخار گفت که ۱۲ شورشی نیز در این درگیری کشته شده‌اند. شورشیان این ادعا را رد کردند و آن را دروغ خواندند.`,
		n: 1,
		want: []wantEvent{{date: "2023-09-16", prec: 1, typ: "Battles", sub: "Armed clash", fatal: -1,
			claims: []wantClaim{
				{kind: "killed", count: 4, who: "سرباز", attr: "مقامات محلی"},
				{kind: "wounded", count: 6, attr: "مقامات محلی"},
				{kind: "killed", count: 12, who: "شورشی", attr: "سخنگوی فرماندهی پولیس"},
				{kind: "killed", count: 4, headline: true}},
			denials: []string{"شورشیان"}}},
	},
	{name: "fa state agency: ministry announces arrests of Islamic State members", pub: "2024-03-06",
		text: `وزارت داخله اعلام کرد که نیروهای امنیتی روز دوشنبه هفت عضو داعش خراسان را در کابل بازداشت کردند.`,
		n:    1,
		want: []wantEvent{{date: "2024-03-04", typ: "Strategic developments", sub: "Arrests", actors: []string{"Islamic State (Khorasan Province)"}, fatal: 0,
			claims: []wantClaim{{kind: "detained", count: 7, attr: "وزارت داخله"}}}},
	},
	{name: "fa denial: resistance front's claim rejected by the Taliban's spokesman", pub: "2024-05-14",
		text: `جبهه مقاومت ملی ادعا کرد که نیروهایش روز یکشنبه ۱۰ جنگجوی طالبان را کشتند. ذبیح‌الله مجاهد، سخنگوی طالبان، این ادعا را رد کرد و آن را بی‌اساس خواند.`,
		n:    1,
		want: []wantEvent{{date: "2024-05-12", typ: "Battles", actors: []string{"Taliban"}, fatal: -1,
			claims:  []wantClaim{{kind: "killed", count: 10, attr: "جبهه مقاومت ملی"}},
			denials: []string{"سخنگوی طالبان"}}},
	},
	{name: "fa background: the civil wars of the 1990s told as history", pub: "2025-04-28",
		text: `در جریان جنگ‌های داخلی دهه ۱۹۹۰ میلادی در افغانستان ده‌ها هزار غیرنظامی کشته شدند. امروز باشندگان کابل از آن روزها یاد کردند.`,
		n:    1,
		want: []wantEvent{{bg: true, fatal: -1}},
	},
	{name: "fa site: an execution told with its compound verb", pub: "2025-09-17",
		text: "طالبان دو مرد را در یک روستا اعدام کردند.",
		n:    1,
		want: []wantEvent{{typ: "Violence against civilians", sub: "Attack", actors: []string{"Taliban"}, fatal: 2}}},
	{name: "fa site: a post taken, the object before the verb", pub: "2025-09-17",
		text:    "جنگجویان طالبان یک پاسگاه پولیس را در نزدیکی مرز تصرف کردند.",
		n:       1,
		noCount: []int{2}, // the fighters take the post: they are not taken
		want:    []wantEvent{{sub: "Non-state actor overtakes territory", actors: []string{"Taliban"}, fatal: 0}}},
	{name: "fa agency: border areas shelled", pub: "2025-09-17",
		text: "نیروهای پاکستانی مناطق مرزی را گلوله‌باران کردند.",
		n:    1,
		want: []wantEvent{{sub: "Shelling/artillery/missile attack", fatal: 0}}},
	{name: "fa site: a protest's cause after to (به) is no infinitive", pub: "2025-09-17",
		text: "صدها تن در اعتراض به کمبود آب تظاهرات کردند.",
		n:    1,
		want: []wantEvent{{typ: "Protests", fatal: 0}}},
}

// Pashto as Afghan and Pakistani agencies and radio write it: the owner
// before its noun with "د", places closed by "کې", the verb last.
var pashtoReports = []report{
	{name: "ps agency: a post attacked at night, police toll, the group denies", pub: "2025-10-20", lang: "ps",
		text: `د ولایت امنیه قوماندانۍ ویاند وویل چې وسله والو طالبانو په یوه امنیتي پوسته برید وکړ او ۳ پولیس ووژل شول. طالبانو دا ادعا رد کړه.`,
		n:    1,
		want: []wantEvent{{typ: "Battles", actors: []string{"Taliban"}, fatal: 3,
			claims:  []wantClaim{{kind: "killed", count: 3, attr: "ویاند"}},
			denials: []string{"طالبانو"}}},
	},
	{name: "ps radio: a neighbour's jets strike a village, civilians killed", pub: "2025-10-20", lang: "ps",
		text: `پاکستاني جټ الوتکو په یوه کلي باندې هوايي بریدونه وکړل او ۸ ملکي وګړي ووژل شول، ولسوال وویل.`,
		n:    1,
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Air/drone strike", civ: true, fatal: 8,
			claims: []wantClaim{{kind: "killed", count: 8, attr: "ولسوال"}}}},
	},
	{name: "ps state agency: the ministry announces arrests", pub: "2025-10-20", lang: "ps",
		text: `د کورنیو چارو وزارت اعلان وکړ چې امنیتي ځواکونو د داعش ۷ غړي ونیول.`,
		n:    1,
		want: []wantEvent{{typ: "Strategic developments", sub: "Arrests", fatal: 0,
			claims: []wantClaim{{kind: "detained", count: 7, attr: "وزارت"}}}},
	},
	{name: "ps: gunmen open fire on a wedding", pub: "2025-10-20", lang: "ps",
		text: `ناپېژاندو وسله والو پرون ماښام د یوه واده پر مېلمنو ډزې وکړې او درې تنه یې ووژل.`,
		n:    1,
		want: []wantEvent{{fatal: 3, claims: []wantClaim{{kind: "killed", count: 3}}}},
	},
	{name: "ps: shots in the air to break up a protest attack no one", pub: "2025-10-20", lang: "ps",
		text: `په ښار کې سلګونو ښځو لاریون وکړ. طالبانو د لاریون کوونکو د خپرولو لپاره هوايي ډزې وکړې.`,
		n:    1,
		want: []wantEvent{{typ: "Protests", fatal: 0}},
	},
	{name: "ps: a suicide attack wounds people at a mosque", pub: "2025-10-20", lang: "ps",
		text: `په یوه جومات کې ځانمرګي برید وشو چې ۱۲ تنه پکې ټپیان شول، سیمه ییزو چارواکو وویل.`,
		n:    1,
		want: []wantEvent{{typ: "Explosions/Remote violence", sub: "Suicide bomb", fatal: 0,
			claims: []wantClaim{{kind: "wounded", count: 12}}}},
	},
	{name: "ps: an execution told with its compound verb", pub: "2025-10-20", lang: "ps",
		text: "طالبانو په یوه کلي کې دوه کسان اعدام کړل.",
		n:    1,
		want: []wantEvent{{typ: "Violence against civilians", actors: []string{"Taliban"}, fatal: 2}}},
	{name: "ps: the verb agreeing with one victim", pub: "2025-10-20", lang: "ps",
		text: "وسله والو په یوه کلي کې یوه ښځه ووژله.",
		n:    1,
		want: []wantEvent{{fatal: 1, claims: []wantClaim{{kind: "killed", count: 1}}}}},
}

func TestPashtoReports(t *testing.T) { runReports(t, pashtoReports) }

func TestRussianReports(t *testing.T) { runReports(t, russianReports) }
func TestPersianReports(t *testing.T) { runReports(t, persianReports) }

// htmlReports are pages with a reader's comment section: the comments'
// numbers are no claims.
var htmlReports = []struct {
	name, pub, html string
	want            wantEvent
	noCount         []int
}{
	{name: "ru site: air strike in Idlib, readers' comments", pub: "2024-03-05",
		html: `<html><head><title>В Идлибе при авиаударе погибли семеро боевиков</title></head><body>
<article><h1>В Идлибе при авиаударе погибли семеро боевиков</h1>
<p>Семеро боевиков группировки Хайят Тахрир аш-Шам погибли в результате авиаудара на северо-западе Сирии в воскресенье, заявил представитель Центра по примирению враждующих сторон.</p>
<p>По его словам, удар был нанесен по складу оружия, который боевики использовали для подготовки вылазок против правительственных войск. Мирные жители не пострадали.</p>
<p>Провинция остается последним крупным районом страны, который контролируют вооруженные группировки.</p></article>
<section class="comments"><h3>Комментарии (2)</h3><div class="comment"><p>Иван: Да там погибли 300 человек, не меньше!</p></div></section>
</body></html>`,
		want: wantEvent{date: "2024-03-03", typ: "Explosions/Remote violence", actors: []string{"HTS"}, fatal: 7,
			claims: []wantClaim{{kind: "killed", count: 7, attr: "представитель Центра"}}},
		noCount: []int{300},
	},
	{name: "fa site: roadside bomb in Kashmir, readers' comments", pub: "2024-10-12",
		html: `<html><head><title>انفجار در کشمیر جان دو پولیس را گرفت</title></head><body>
<article><h1>انفجار در کشمیر جان دو پولیس را گرفت</h1>
<p>به گزارش رسانه‌های هندی، روز جمعه در نتیجه انفجار یک ماین کنار جاده‌ای در کشمیر دو مامور پولیس کشته و سه تن دیگر زخمی شدند.</p>
<p>ماموران امنیتی منطقه را محاصره کرده‌اند و جستجو برای یافتن عاملان این حمله ادامه دارد. تاکنون هیچ گروهی مسئولیت این انفجار را بر عهده نگرفته است.</p>
<p>کشمیر سال‌هاست که صحنه درگیری میان نیروهای هندی و شورشیان است.</p></article>
<div id="comments"><h3>نظرات</h3><div class="comment"><p>احمد: صدها نفر آنجا کشته شده‌اند.</p></div></div>
</body></html>`,
		want: wantEvent{date: "2024-10-11", typ: "Explosions/Remote violence", fatal: 2,
			claims: []wantClaim{{kind: "killed", count: 2, who: "مامور پولیس"}, {kind: "wounded", count: 3}}},
		noCount: []int{100},
	},
}

func TestForeignHTMLReports(t *testing.T) {
	x := testExtractor(t)
	for _, r := range htmlReports {
		t.Run(r.name, func(t *testing.T) {
			page, err := clean.HTML([]byte(r.html), "utf-8", "https://example.org/a")
			if err != nil {
				t.Fatal(err)
			}
			evs := x.Extract(Article{ID: "t", Outlet: "Test", Title: page.Title, Text: page.Text, Published: mustDay(r.pub)})
			if len(evs) != 1 {
				t.Fatalf("%d events, want 1 (text %q)", len(evs), page.Text)
			}
			for _, err := range checkEvent(r.want, evs[0]) {
				t.Error(err)
			}
			for _, c := range evs[0].Claims {
				for _, n := range r.noCount {
					if c.Count == n {
						t.Errorf("a comment's figure became a claim: %+v", c)
					}
				}
			}
		})
	}
}

// Every claim and denial keeps its sentence as written and says its
// language; an English report's say "en".
func TestClaimLanguage(t *testing.T) {
	x := testExtractor(t)
	sets := []struct {
		lang    string
		script  *unicode.RangeTable
		reports []report
	}{{"ru", unicode.Cyrillic, russianReports}, {"fa", unicode.Arabic, persianReports}, {"ps", unicode.Arabic, pashtoReports},
		{"en", unicode.Latin, reports[:3]}}
	for _, set := range sets {
		for _, r := range set.reports {
			for _, e := range x.Extract(Article{ID: "t", Title: r.title, Text: r.text, Published: mustDay(r.pub), Language: r.lang}) {
				for _, c := range e.Claims {
					if c.Lang != set.lang || !inScript(c.Quote, set.script) || !strings.Contains(c.Quote, c.Who) {
						t.Errorf("%s: claim %s %d: lang %q, quote %q, who %q", r.name, c.Kind, c.Count, c.Lang, c.Quote, c.Who)
					}
				}
				for _, dn := range e.Denials {
					if dn.Lang != set.lang || !inScript(dn.Quote, set.script) {
						t.Errorf("%s: denial by %q: lang %q, quote %q", r.name, dn.By, dn.Lang, dn.Quote)
					}
				}
			}
		}
	}
}

// inScript: most letters of s are of the script.
func inScript(s string, script *unicode.RangeTable) bool {
	in, all := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			all++
			if unicode.Is(script, r) {
				in++
			}
		}
	}
	return all > 0 && 2*in > all
}

// Tajik and Uzbek (Cyrillic) and Arabic articles, as cleaning names them, are
// not coded: a report in them gives no event rather than one read with
// Russian or Persian words; a Russian or Persian quote in them is still
// read.
func TestUncodedLanguages(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ lang, text string }{
		{"tg", "Дар натиҷаи задухӯрд дар сарҳади Тоҷикистону Афғонистон ду сарбоз кушта шуданд, хабар дод Хадамоти марзбонӣ."},
		{"uz", "Чегарада отишма юз берди, икки ҳарбий ҳалок бўлди, деб хабар берди чегара хизмати."},
		{"ar", "قتل ثلاثة جنود في هجوم على نقطة تفتيش، قال مسؤولون."},
	} {
		if Codes(tc.lang) {
			t.Errorf("%s coded", tc.lang)
		}
		if evs := x.Extract(Article{ID: "t", Text: tc.text, Language: tc.lang, Published: mustDay("2025-01-10")}); len(evs) != 0 {
			t.Errorf("%s: %d events from an uncoded language", tc.lang, len(evs))
		}
	}
	for _, lang := range []string{"en", "ru", "fa", "ps"} {
		if !Codes(lang) {
			t.Errorf("%s not coded", lang)
		}
	}
	// the same Russian sentence, in an article cleaning could not name or
	// named Russian, is read
	ru := "Двое пограничников погибли в перестрелке на границе в Хатлонской области в понедельник, сообщили в ведомстве."
	for _, lang := range []string{"", "ru"} {
		if evs := x.Extract(Article{ID: "t", Text: ru, Language: lang, Published: mustDay("2025-01-10")}); len(evs) != 1 {
			t.Errorf("Russian sentence in an article of language %q: %d events", lang, len(evs))
		}
	}
}

// Speculation, negation and intent in Russian and Persian, as the English
// rules read them: no event.
func TestForeignSpeculationAndNegation(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ name, text string }{
		{"ru possibly", "Возможно, в результате обстрела погибли пять человек, однако официального подтверждения нет."},
		{"ru threatens", "Боевики угрожают напасть на военные посты и убить 20 солдат, если требования не будут выполнены."},
		{"ru if", "Если переговоры сорвутся, столкновения на границе могут возобновиться."},
		{"fa probably", "احتمالا در این حمله پنج غیرنظامی کشته شده‌اند، اما مقامات آن را تایید نکردند."},
		{"fa may", "مقامات هشدار دادند که ممکن است شورشیان به پاسگاه‌های مرزی حمله کنند."},
		{"fa if", "اگر گفتگوها شکست بخورد، درگیری‌ها در ولسوالی‌های مرزی از سر گرفته خواهد شد."},
	} {
		for _, e := range x.Extract(Article{ID: "t", Text: tc.text, Published: mustDay("2025-03-10")}) {
			t.Errorf("%s: event %s/%s with claims %s", tc.name, e.EventType, e.SubEventType, claimsString(e.Claims))
		}
	}
}

// Persian negates a verb with its prefix ن, on the light verb of a
// compound ("کشته نشدند", "رد نکرد"): a toll so negated is no claim, and
// a denial so negated is no denial. Reports written for this test.
func TestPersianNegation(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		name, text string
		noKilled   int  // a killed claim of this count must not be read
		denial     bool // a denial is expected
	}{
		{"agency: soldiers wounded, not killed",
			"مقامات محلی گفتند که در حمله به پاسگاه مرزی در ولایت بدخشان روز جمعه سه سرباز کشته نشدند بلکه زخمی شدند.", 3, false},
		{"ministry: civilians not killed in an air strike",
			"وزارت دفاع گفت که در حمله هوایی در ولایت خوست روز شنبه ۸ غیرنظامی کشته نشده‌اند.", 8, false},
		{"wire: the group did not deny",
			"طالبان گفتند که نیروهایشان روز شنبه پنج عضو داعش را در ولایت ننگرهار کشتند. داعش این ادعا را رد نکرد.", 0, false},
		{"radio: the group denied, unnegated, still a denial",
			"طالبان گفتند که نیروهایشان روز شنبه پنج عضو داعش را در ولایت ننگرهار کشتند. داعش این ادعا را رد کرد.", 0, true},
	} {
		denied := false
		for _, e := range x.Extract(Article{ID: "t", Text: tc.text, Language: "fa", Published: mustDay("2025-10-14")}) {
			for _, c := range e.Claims {
				if c.Kind == "killed" && c.Count == tc.noKilled {
					t.Errorf("%s: negated toll read as a claim: %s", tc.name, claimsString(e.Claims))
				}
			}
			denied = denied || len(e.Denials) > 0
		}
		if denied != tc.denial {
			t.Errorf("%s: denial %v, want %v", tc.name, denied, tc.denial)
		}
	}
}
