package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/event"
)

// regionalCase is one report in Russian or Dari/Persian, written for these
// tests in the styles of the region's press, extracted with the real
// gazetteer (place names in Cyrillic and Persian script are its work).
type regionalCase struct {
	name, file, pub, body string
	typ, sub              string
	actor1, actor2        string // substrings; "" = not checked
	notActor              string // no actor may contain this
	country, admin1       string
	admin2                string
	notLoc                string // the location must not contain this
	killed                int    // a killed claim of this count; 0 = not checked
}

func runRegional(t *testing.T, cases []regionalCase) {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "r.db")
	emptyDB(t, db)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(dir, tc.file), tc.body)
			code, out, errs := sitrep(t, db, "extract", "--published", tc.pub, "--format", "json", path)
			if code != 0 {
				t.Fatalf("extract: exit %d: %s", code, errs)
			}
			var evs []event.Event
			if err := json.Unmarshal([]byte(out), &evs); err != nil {
				t.Fatalf("json: %v\n%s", err, out)
			}
			if len(evs) != 1 {
				t.Fatalf("%d events, want 1:\n%s", len(evs), out)
			}
			checkRegional(t, tc, evs[0])
		})
	}
}

func checkRegional(t *testing.T, tc regionalCase, e event.Event) {
	t.Helper()
	actors := e.Actor1 + " | " + e.Actor2 + " | " + e.AssocActor1 + " | " + e.AssocActor2
	check := func(what, got, want string, contains bool) {
		if want == "" {
			return
		}
		if contains && !strings.Contains(got, want) || !contains && got != want {
			t.Errorf("%s %q, want %q (actors %s; %s/%s)", what, got, want, actors, e.EventType, e.SubEventType)
		}
	}
	check("type", e.EventType, tc.typ, false)
	check("sub-event type", e.SubEventType, tc.sub, false)
	check("actor1", e.Actor1, tc.actor1, true)
	check("actor2", e.Actor2, tc.actor2, true)
	check("country", e.Country, tc.country, false)
	check("admin1", e.Admin1, tc.admin1, false)
	check("admin2", e.Admin2, tc.admin2, true)
	if tc.notActor != "" && strings.Contains(actors, tc.notActor) {
		t.Errorf("actors %s, want none of %q", actors, tc.notActor)
	}
	if tc.notLoc != "" && strings.Contains(e.Location, tc.notLoc) {
		t.Errorf("location %q, want not %q", e.Location, tc.notLoc)
	}
	// every claim is quoted in the report's language (the file's prefix)
	lang, _, _ := strings.Cut(tc.file, "-")
	for _, c := range e.Claims {
		if c.Lang != lang {
			t.Errorf("claim %s %d %q in language %q, want %q", c.Kind, c.Count, c.Who, c.Lang, lang)
		}
	}
	if tc.killed > 0 {
		found := false
		for _, c := range e.Claims {
			found = found || c.Kind == event.Killed && c.Count == tc.killed
		}
		if !found {
			t.Errorf("no killed claim of %d in %+v", tc.killed, e.Claims)
		}
	}
}

// The nationality of forces gives the state actor's country, written
// before the noun in Russian ("пакистанские силовики") and after it in
// Persian ("نیروهای پاکستانی", "سه سرباز تاجیک"), or as a country in the
// genitive after it ("пограничники Узбекистана"); the event is placed
// where it happened, which may be the neighbour's side.
func TestRegionalForcesNationality(t *testing.T) {
	runRegional(t, []regionalCase{
		{name: "ru wire: Pakistani forces raid across the line, placed in Afghanistan", file: "ru-wire-pk.txt", pub: "2025-02-11",
			body:   "КАБУЛ, 10 февраля. Пакистанские силовики в понедельник обстреляли из минометов несколько сел в провинции Кунар, сообщили местные власти.\n",
			actor1: "Military Forces of Pakistan", notActor: "Military Forces of Afghanistan", country: "Afghanistan", admin1: "Kunar"},
		{name: "ru state agency: Afghan military detains smugglers, named in Tajikistan's press", file: "ru-agency-af.txt", pub: "2024-08-21",
			body:   "Афганские военные во вторник задержали четырех контрабандистов в провинции Тахар, передает агентство со ссылкой на источники в погранвойсках Таджикистана.\n",
			actor1: "Military Forces of Afghanistan", country: "Afghanistan", admin1: "Takhar"},
		{name: "ru site: genitive owner after the noun", file: "ru-site-pk.html", pub: "2024-04-02",
			body: `<html><head><title>Тревожная ночь на востоке</title></head><body><article><h1>Тревожная ночь на востоке</h1>
<p>Жители двух сел на востоке страны покинули свои дома.</p>
<p>Военные Пакистана в понедельник обстреляли эти села в провинции Нангархар, сообщили местные власти.</p></article>
<div class="comments"><p>Гость: Это уже не первый случай.</p></div></body></html>`,
			actor1: "Military Forces of Pakistan", notActor: "Military Forces of Afghanistan", country: "Afghanistan", admin1: "Nangarhar"},
		{name: "fa wire: Tajik soldiers killed on the Afghan side", file: "fa-wire-tj.txt", pub: "2025-06-03",
			body:   "به گفته منابع محلی، روز دوشنبه سه سرباز تاجیک در درگیری با قاچاقبران در ولایت تخار کشته شدند.\n",
			actor2: "Military Forces of Tajikistan", notActor: "Military Forces of Afghanistan", country: "Afghanistan", killed: 3},
		{name: "fa agency: Pakistani forces named after their noun", file: "fa-agency-pk.txt", pub: "2024-12-29",
			body:   "وزارت دفاع اعلام کرد که نیروهای پاکستانی روز شنبه چند روستا را در ولایت خوست بمباران کردند.\n",
			actor1: "Military Forces of Pakistan", notActor: "Military Forces of Afghanistan", country: "Afghanistan", admin1: "Khowst"},
		{name: "fa site: Iranian border guards, an owner after the noun", file: "fa-site-ir.html", pub: "2024-07-15",
			body: `<html><head><title>تیراندازی در مرز</title></head><body><article><h1>تیراندازی در مرز</h1>
<p>به گزارش رسانه‌های محلی، روز یکشنبه مرزبانان ایرانی بر روی مهاجران افغان در ولایت نیمروز تیراندازی کردند و دو تن کشته شدند.</p></article>
<div id="comments"><p>کاربر: این کار هر روز تکرار می‌شود.</p></div></body></html>`,
			actor1: "Military Forces of Iran", notActor: "Military Forces of Afghanistan", country: "Afghanistan", admin1: "Nimroz"},
	})
}

// Russian writes a lone victim with no article: "застрелили судью" is one
// person shot dead, as "shot dead a judge" is; and a Dari report of a
// cleric's, an imam's or a civilian's killing by gunmen is an attack on
// civilians, its victim read as the English rules read "cleric" or
// "civilian".
func TestRegionalLoneVictims(t *testing.T) {
	runRegional(t, []regionalCase{
		{name: "ru wire: a judge shot dead in Balochistan", file: "ru-wire-judge.txt", pub: "2024-11-05",
			body: "ИСЛАМАБАД, 5 ноября. Неизвестные вооруженные люди во вторник застрелили судью районного суда в городе Кветта, сообщила полиция.\n",
			typ:  "Violence against civilians", sub: "Attack", country: "Pakistan", killed: 1},
		{name: "ru state agency: an imam shot dead in the south of Kyrgyzstan", file: "ru-agency-imam.txt", pub: "2025-01-20",
			body: "По данным МВД Кыргызстана, в воскресенье в Джалал-Абадской области неизвестные застрелили имама сельской мечети.\n",
			typ:  "Violence against civilians", sub: "Attack", country: "Kyrgyzstan", killed: 1},
		{name: "ru site: a village elder shot dead in central Mali, readers' comments", file: "ru-site-elder.html", pub: "2024-06-10",
			body: `<html><head><title>В Мали убит старейшина</title></head><body><article><h1>В Мали убит старейшина</h1>
<p>Боевики в воскресенье застрелили старейшину деревни в области Мопти на севере Мали, сообщили местные источники.</p></article>
<section class="comments"><p>Читатель: Там каждую неделю гибнут 40 человек.</p></section></body></html>`,
			country: "Mali", killed: 1},
		{name: "fa wire: a cleric killed by gunmen in Kandahar", file: "fa-wire-cleric.txt", pub: "2024-09-28",
			body: "به گفته منابع محلی، شامگاه جمعه یک روحانی در شهر قندهار توسط افراد مسلح ناشناس کشته شد.\n",
			typ:  "Violence against civilians", sub: "Attack", actor2: "Civilians", country: "Afghanistan", admin1: "Kandahar", killed: 1},
		{name: "fa agency: the imam of a mosque killed in Herat", file: "fa-agency-imam.txt", pub: "2025-02-22",
			body: "پولیس اعلام کرد که افراد مسلح ناشناس روز جمعه امام یک مسجد را در شهر هرات به قتل رساندند.\n",
			typ:  "Violence against civilians", sub: "Attack", actor1: "Unidentified Armed Group", country: "Afghanistan", admin1: "Herat", killed: 1},
		{name: "fa site: a mullah killed in Kunduz, readers' comments", file: "fa-site-mullah.html", pub: "2024-04-18",
			body: `<html><head><title>قتل یک ملا در کندز</title></head><body><article><h1>قتل یک ملا در کندز</h1>
<p>مردان مسلح روز چهارشنبه یک ملا را در ولسوالی خان آباد ولایت کندز کشتند.</p></article>
<div id="comments"><p>خواننده: در این ولسوالی ده‌ها نفر کشته شده‌اند.</p></div></body></html>`,
			typ: "Violence against civilians", sub: "Attack", country: "Afghanistan", admin1: "Kunduz", killed: 1},
	})
}

// A capitalised first word in a case form with no preposition is a word of
// the sentence, not a village ("Бои" is fighting); a district written in
// a genitive chain with the unit that holds it ("Ишкашимского района
// ГБАО", "ولسوالی خان آباد ولایت کندز") is read in that unit, as
// "Ishkashim district, GBAO" is.
func TestRegionalPlaceWords(t *testing.T) {
	runRegional(t, []regionalCase{
		{name: "ru wire: fighting at the start of a headline and a sentence", file: "ru-wire-fighting.txt", pub: "2025-04-03",
			body: "Бои на кыргызско-таджикской границе\n\nБИШКЕК, 3 апреля. Бои между пограничниками двух стран продолжались всю ночь на среду в Баткенской области, ранены четверо военнослужащих, сообщила пресс-служба погранслужбы Кыргызстана.\n",
			typ:  "Battles", country: "Kyrgyzstan", admin1: "Batken", notLoc: "Boi"},
		{name: "ru state agency: a district of GBAO in the prepositional", file: "ru-agency-gbao.txt", pub: "2024-10-15",
			body:    "По данным Пограничных войск ГКНБ Таджикистана, в понедельник в Ишкашимском районе ГБАО задержаны трое вооруженных нарушителей.\n",
			country: "Tajikistan", admin1: "Gorno-Badakhshan", notLoc: "Ishkāshim"},
		{name: "ru site: a district of GBAO in the genitive, readers' comments", file: "ru-site-gbao.html", pub: "2025-08-09",
			body: `<html><head><title>Задержаны нарушители</title></head><body><article><h1>Задержаны нарушители</h1>
<p>Двое граждан соседней страны задержаны в пятницу на участке Ишкашимского района ГБАО, сообщили в погранвойсках.</p></article>
<div class="comments"><p>Аноним: Сколько можно, уже 15 раз за год.</p></div></body></html>`,
			country: "Tajikistan", admin1: "Gorno-Badakhshan"},
		{name: "fa wire: a district of Kunduz in an ezafe chain", file: "fa-wire-khanabad.txt", pub: "2024-05-30",
			body:    "به گفته مقامات محلی، روز سه‌شنبه دو سرباز در درگیری با افراد مسلح در ولسوالی خان آباد ولایت کندز کشته شدند.\n",
			country: "Afghanistan", admin1: "Kunduz"},
	})
}
