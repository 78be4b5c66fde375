package gazetteer

import "testing"

// Reports written for this test in the styles of the region's press:
// state agency and wire copy in Russian, provincial radio and news agency
// copy in Dari/Persian, one-line coder summaries and bare headlines. Each
// names places inflected, after level words, or as peoples' adjectives.
func TestScriptMentions(t *testing.T) {
	g := real(t)
	type place struct {
		written string
		want    want
	}
	tests := []struct {
		name   string
		text   string
		places []place
		none   []string // written words that must not resolve to a place
	}{
		{"ru state agency, district adjective and province genitive",
			"ДУШАНБЕ, 3 июня. В Шахритусском районе Хатлонской области задержаны четверо жителей Вахшского района, сообщает пресс-центр МВД.",
			[]place{
				{"ДУШАНБЕ", want{cc: "TJ", kind: KindCity}},
				{"Шахритусском", want{cc: "TJ", admin1: "Khatlon"}},
				{"Хатлонской", want{cc: "TJ", admin1: "Khatlon", kind: KindAdmin1}},
				{"Вахшского", want{cc: "TJ", admin1: "Khatlon"}},
			}, nil},
		{"ru wire, Pamir towns in the locative and a peoples' adjective",
			"В Хороге и Рушане усилены посты на таджикско-афганской границе; афганские пограничники, по данным источника, открыли огонь из уезда Шугнан.",
			[]place{
				{"Хороге", want{cc: "TJ", kind: KindCity}},
				{"Рушане", want{cc: "TJ"}},
				{"таджикско", want{cc: "TJ", kind: KindCountry}},
				{"афганской", want{cc: "AF", kind: KindCountry}},
				{"афганские", want{cc: "AF", kind: KindCountry}},
			}, []string{"По"}},
		{"dari agency, a district read by its sound stays in the script's countries",
			"نیروهای طالبان در ولسوالی درایم با دهقانان درگیر شدند.",
			[]place{
				{"درایم", want{cc: "AF", admin1: "Badakhshan"}},
			}, nil},
		{"dari radio, provinces after a preposition with no level word",
			"دیروز در هلمند دو پولیس کشته شدند و در پکتیا یک مکتب آتش زده شد.",
			[]place{
				{"هلمند", want{cc: "AF", admin1: "Helmand", kind: KindAdmin1}},
				{"پکتیا", want{cc: "AF", admin1: "Paktia", kind: KindAdmin1}},
			}, []string{"دیروز"}},
		{"pashto agency, the level word after the name, a district named as one",
			"د خوست ولایت په موسی خېل ولسوالۍ کې د دوشنبې په ورځ یوه چاودنه وشوه او ولسوال یې تایید کړه.",
			[]place{
				{"خوست", want{cc: "AF", admin1: "Khowst", kind: KindAdmin1}},
				{"موسی خېل", want{cc: "AF", admin1: "Khowst", kind: KindAdmin2}},
			}, []string{"دوشنبې", "کړه"}},
		{"pashto radio, a province after its preposition, a district by its sound in it",
			"په ننګرهار کې امنیتي ځواکونو د نازیان ولسوالۍ په یوه کلي کې عملیات وکړل.",
			[]place{
				{"ننګرهار", want{cc: "AF", admin1: "Nangarhar", kind: KindAdmin1}},
				{"نازیان", want{cc: "AF", admin1: "Nangarhar"}},
			}, nil},
		{"pashto radio, two districts after one preposition",
			"د ننګرهار په ګوشته او نازیان کې جګړه وشوه.",
			[]place{
				{"ګوشته", want{cc: "AF", admin1: "Nangarhar"}},
				{"نازیان", want{cc: "AF", admin1: "Nangarhar"}},
			}, nil},
		{"dari radio, common nouns after 'in' are no divisions abroad",
			"نیروهای امنیتی گفتند که در شفاخانه و در شاهراه و در دشت سه تن کشته شدند.",
			nil, []string{"شفاخانه", "شاهراه", "دشت"}},
		{"pashto agency, the words of every report are no towns",
			"ولایتي چارواکو وویل چې لږ تر لږه پنځه تنه ووژل شول او تر اوسه هېڅ ډلې د برید مسؤلیت نه دی منلی.",
			nil, []string{"لږه", "اوسه", "ډلې"}},
		{"persian agency, the compass after the name",
			"درگیری‌های تازه در سودان جنوبی ده‌ها کشته بر جا گذاشت.",
			[]place{
				{"سودان جنوبی", want{cc: "SS", kind: KindCountry}},
			}, nil},
		{"ru agency, a sentence opening with the people of a town",
			"Жители Куляба вышли на митинг против повышения цен, сообщает местное радио.",
			[]place{
				{"Куляба", want{cc: "TJ", kind: KindCity}},
			}, nil},
		{"ru headline, Kyrgyz and Uzbek border",
			"Стрельба на границе Баткенской области: киргизская сторона обвинила узбекских военных, обстрел вёлся из Термеза",
			[]place{
				{"Баткенской", want{cc: "KG", admin1: "Batken", kind: KindAdmin1}},
				{"киргизская", want{cc: "KG", kind: KindCountry}},
				{"узбекских", want{cc: "UZ", kind: KindCountry}},
				{"Термеза", want{cc: "UZ", kind: KindCity}},
			}, nil},
		{"ru Middle East and Caucasus, names as Russian writes them",
			"Авиаудар нанесён по окрестностям Ракки и Алеппо, сообщили в Сирии. Ранее в Цхинвали и в Грузии заявили о задержании двоих.",
			[]place{
				{"Ракки", want{cc: "SY"}},
				{"Алеппо", want{cc: "SY"}},
				{"Сирии", want{cc: "SY", kind: KindCountry}},
				{"Цхинвали", want{cc: "GE"}},
				{"Грузии", want{cc: "GE", kind: KindCountry}},
			}, []string{"Ранее"}},
		{"ru wire, numerals opening sentences and towns in the instrumental and locative",
			"Трое военнослужащих ранены под Пянджем. Четверо нарушителей задержаны в Кулябе, ещё двое — в Мазари-Шарифе. Пятеро бойцов погибли под Кундузом.",
			[]place{
				{"Пянджем", want{cc: "TJ", admin1: "Khatlon", admin2: "Panj"}},
				{"Кулябе", want{cc: "TJ", admin1: "Khatlon"}},
				{"Мазари-Шарифе", want{cc: "AF", admin1: "Balkh", kind: KindCity}},
				{"Кундузом", want{cc: "AF", admin1: "Kunduz"}},
			}, []string{"Трое", "Четверо", "Пятеро"}},
		{"ru agency headline and lead, a town by its Russian name that another town bore before",
			"Пяндж: на переправе задержаны контрабандисты. В городе Пяндж и в Хороге усилена охрана границы.",
			[]place{
				{"Пяндж", want{cc: "TJ", admin1: "Khatlon", admin2: "Panj"}},
				{"Хороге", want{cc: "TJ", admin1: "Gorno-Badakhshan", kind: KindCity}},
			}, nil},
		{"fa provincial radio, district and province after level words",
			"هرات (رادیو): سه تن در ولسوالی شیندند ولایت هرات کشته شدند. مقامات در ولایت فاریاب و ولایت ننگرهار گفتند که مرز بسته است.",
			[]place{
				{"هرات", want{cc: "AF", admin1: "Herat"}},
				{"شیندند", want{cc: "AF", admin1: "Herat"}},
				{"فاریاب", want{cc: "AF", admin1: "Faryab", kind: KindAdmin1}},
				{"ننگرهار", want{cc: "AF", admin1: "Nangarhar", kind: KindAdmin1}},
			}, []string{"مرز", "کشته"}},
		{"fa agency, Iran and a people's adjective",
			"زاهدان: دو مرزبان ایرانی در استان سیستان و بلوچستان زخمی شدند؛ نیروهای پاکستانی این خبر را رد کردند.",
			[]place{
				{"زاهدان", want{cc: "IR", kind: KindCity}},
				{"ایرانی", want{cc: "IR", kind: KindCountry}},
				{"پاکستانی", want{cc: "PK", kind: KindCountry}},
			}, []string{"خبر", "نیروهای"}},
		{"fa coder summary, bare names",
			"درگیری در خوست و جوزجان؛ تاجیکستان مرز را بست.",
			[]place{
				{"خوست", want{cc: "AF"}},
				{"تاجیکستان", want{cc: "TJ", kind: KindCountry}},
			}, nil},
		{"ru site, a report's words opening its sentences",
			"Была обстреляна колонна в Кундузе. Мина взорвалась у дороги. База боевиков была уничтожена. Мулла мечети ранен.",
			[]place{{"Кундузе", want{cc: "AF"}}},
			[]string{"Была", "Мина", "База", "Мулла"}},
		// the reports' own words after a preposition are no towns abroad
		{"ps radio, a mine's blast and the bodies",
			"په کندهار کې د ماین په چاودنه کې درې ماشومان ووژل شول او مړي یې روغتون ته یوړل شول.",
			[]place{{"کندهار", want{cc: "AF"}}},
			[]string{"ماین", "مړي"}},
		{"fa agency, villages and a base",
			"نیروهای امنیتی در روستاها و در قرارگاه شمال ولایت بلخ مستقر شدند.",
			[]place{{"بلخ", want{cc: "AF"}}},
			[]string{"روستاها", "قرارگاه"}},
		{"ps agency, a teacher and a dispute",
			"په زابل کې د ځمکې پر سر په شخړې کې یو ښوونکی ووژل شو، چارواکو وویل.",
			[]place{{"زابل", want{cc: "AF"}}},
			[]string{"شخړې", "ښوونکی"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := g.Resolve(tt.text)
			got := map[string]*Place{}
			for i := range res {
				if res[i].Place != nil {
					got[res[i].Text] = res[i].Place
				}
			}
			for _, p := range tt.places {
				tt := p
				p, ok := got[tt.written]
				if !ok {
					var seen []string
					for _, r := range res {
						seen = append(seen, r.Text)
					}
					t.Errorf("%q: not found (mentions: %q)", tt.written, seen)
					continue
				}
				tt.want.check(t, tt.written, p)
			}
			for _, w := range tt.none {
				if p, ok := got[w]; ok {
					t.Errorf("%q resolved to %s (%s), want no place", w, p.Name, p.CountryCode)
				}
			}
		})
	}
}

// Russian case forms and adjectives lead back to the name.
func TestCyrStems(t *testing.T) {
	tests := []struct {
		word string
		want string // one of the stems
	}{
		{"Ферганской", "фергана"},
		{"Рудакинского", "рудаки"},
		{"Москве", "москва"},
		{"Китае", "китай"},
		{"Термеза", "термез"},
		{"Исфаринском", "исфара"},
		{"Ливии", "ливия"},
	}
	for _, tt := range tests {
		found := false
		for _, s := range cyrStems(tt.word) {
			if s == tt.want {
				found = true
			}
		}
		if !found {
			t.Errorf("cyrStems(%q) = %q, want %q among them", tt.word, cyrStems(tt.word), tt.want)
		}
	}
}
