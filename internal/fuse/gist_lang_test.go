package fuse

import "testing"

// Reports in Russian and Dari of different incidents, written for this
// test in the same outlet style, share their grammar, reporting verbs,
// days, units and the vocabulary of violence: none of it counts as shared
// wording. Two reports of one incident still share their own words (the
// target, the weapon, the names).
func TestGistScriptStopWords(t *testing.T) {
	tests := []struct {
		name         string
		a, b         [2]string // title, lead
		sameIncident bool
	}{
		{name: "ru agency, two incidents on one border",
			a: [2]string{"На границе погибли двое пограничников",
				"Как сообщили в пресс-службе ведомства, в ночь на вторник в перестрелке с контрабандистами на участке границы погибли двое пограничников, еще трое были ранены."},
			b: [2]string{"На границе задержаны трое нарушителей",
				"Как сообщили в пресс-службе ведомства, во вторник на участке границы задержаны трое нарушителей, которые пытались перевезти партию оружия на лодке."}},
		{name: "ru wire, one incident told twice",
			a: [2]string{"Колонна грузовиков подорвалась на фугасе у перевала Анзоб",
				"Колонна грузовиков с топливом подорвалась на фугасе у перевала Анзоб, сообщили в МВД, погибли водители."},
			b: [2]string{"У перевала Анзоб подорвалась колонна с топливом",
				"По данным МВД, фугас взорвался под колонной грузовиков с топливом у перевала Анзоб."},
			sameIncident: true},
		{name: "fa agency, two incidents in one province",
			a: [2]string{"دو سرباز در درگیری کشته شدند",
				"به گفته مقامات محلی، روز دوشنبه در درگیری میان نیروهای امنیتی و افراد مسلح دو سرباز کشته و سه تن دیگر زخمی شدند."},
			b: [2]string{"سه تن در انفجار زخمی شدند",
				"به گفته مقامات محلی، روز دوشنبه در انفجار یک ماین در بازار سه تن زخمی و یک دکان ویران شد."}},
		{name: "fa wire, one incident told twice",
			a: [2]string{"حمله بر کاروان تانکرهای تیل در شاهراه سالنگ",
				"افراد مسلح روز جمعه بر کاروان تانکرهای تیل در شاهراه سالنگ حمله کردند و راننده‌ها را ربودند."},
			b: [2]string{"ربودن راننده‌های تانکر تیل در سالنگ",
				"منابع محلی گفتند که کاروان تانکرهای تیل در شاهراه سالنگ هدف حمله قرار گرفت و راننده‌ها ربوده شدند."},
			sameIncident: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ga, gb := Gist(tc.a[0], tc.a[1]), Gist(tc.b[0], tc.b[1])
			in := map[string]bool{}
			for _, w := range ga {
				in[w] = true
			}
			var shared []string
			for _, w := range gb {
				if in[w] {
					shared = append(shared, w)
				}
			}
			if tc.sameIncident && len(shared) < gistMinShared {
				t.Errorf("one incident shares %v, want at least %d words", shared, gistMinShared)
			}
			if !tc.sameIncident && len(shared) >= gistMinShared {
				t.Errorf("two incidents share %v, want fewer than %d words", shared, gistMinShared)
			}
		})
	}
}
