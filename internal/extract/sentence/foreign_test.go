package sentence

import (
	"reflect"
	"testing"
)

// Russian and Persian sentence marks, in made-up reports from Central and
// South Asia and the Sahel.
func TestSplitRussianPersian(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"г. before a town is no end", "Взрыв прогремел в г. Гао на севере Мали. Погибли трое.",
			[]string{"Взрыв прогремел в г. Гао на севере Мали.", "Погибли трое."}},
		{"г. after a year ends", "Граница закрыта с сентября 2022 г. Жители просят открыть её.",
			[]string{"Граница закрыта с сентября 2022 г.", "Жители просят открыть её."}},
		{"гг. after a range ends", "Война шла в 1992-1997 гг. Сегодня в районе спокойно.",
			[]string{"Война шла в 1992-1997 гг.", "Сегодня в районе спокойно."}},
		{"ул., ген. before names", "Штаб на ул. Рудаки посетил ген. Назаров. Он пробыл час.",
			[]string{"Штаб на ул. Рудаки посетил ген. Назаров.", "Он пробыл час."}},
		{"и т.д. ends before a capital", "Изъяты автоматы, патроны и т.д. Задержанных допрашивают.",
			[]string{"Изъяты автоматы, патроны и т.д.", "Задержанных допрашивают."}},
		{"Arabic question mark ends", "چه کسی مسئول این حمله است؟ طالبان پاسخی ندادند.",
			[]string{"چه کسی مسئول این حمله است؟", "طالبان پاسخی ندادند."}},
		{"Arabic comma and semicolon do not end", "در این حمله، دو سرباز کشته شدند؛ سه تن زخمی شدند. پولیس تحقیق می‌کند.",
			[]string{"در این حمله، دو سرباز کشته شدند؛ سه تن زخمی شدند.", "پولیس تحقیق می‌کند."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := texts(tc.in, Split(tc.in)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
