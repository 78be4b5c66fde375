package clean

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// Pages of the region's Russian and Persian press, written for these
// tests: a legacy-charset page without any charset declared, a
// right-to-left page with direction marks, and copy-pasted pages whose
// comment sections and teasers are labelled in Russian or Persian.
func TestScriptPages(t *testing.T) {
	tests := []struct {
		file, title string
		lang        string
		html        bool
		want        []string
		notWant     []string
	}{
		{
			file: "koi8r_undeclared.html", html: true, lang: "ru",
			title: "Пограничники задержали трёх нарушителей у реки",
			want: []string{
				"Трое граждан соседнего государства задержаны при попытке незаконно пересечь границу",
				"сотрудничество с соседней стороной продолжается в штатном режиме.",
			},
			notWant: []string{"Читайте также", "Похожие новости", "Молодцы ребята", "Комментарии", "Главная"},
		},
		{
			file: "fa_rtl_comments.html", html: true, lang: "fa",
			title: "دو سرباز در حمله‌ای در شمال زخمی شدند",
			want: []string{
				"مقام‌های محلی روز سه‌شنبه ۱۴ جوزا ۱۴۰۳ گفتند", // digits and non-joiners as written, no mark before
				"تا کنون ۳ تن بازداشت شده‌اند",                 // the isolate around the number is gone
				"ساعت ٢٣:٣٠ شب دوشنبه",
			},
			notWant: []string{"مطالب مرتبط", "نظرات", "خسته شده‌اند", "صفحه اصلی", "\u200f", "\u202b", "\u2067"},
		},
		{
			file: "ru_copy_comments.txt", lang: "ru",
			title: "Обстрел у кишлака на границе: ранены двое жителей",
			want: []string{
				"Двое жителей приграничного кишлака получили ранения",
				"возбуждено уголовное дело.",
			},
			notWant: []string{"Читайте также", "Поделиться", "Комментарии", "Когда же это закончится", "Главная"},
		},
		{
			file: "fa_copy_comments.txt", lang: "fa",
			title: "سه مرزبان در درگیری مرزی زخمی شدند",
			want: []string{
				"مقام‌های محلی روز پنجشنبه گفتند که سه مرزبان",
				"او افزود که ۱۲ تن مظنون بازداشت شده‌اند.",
			},
			notWant: []string{"همچنین بخوانید", "اشتراک گذاری", "۲ نظر", "امیدوارم امنیت", "مسئولان باید"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			raw := readTestdata(t, tc.file)
			var p Page
			var err error
			if tc.html {
				p, err = HTML(raw, "", "")
			} else {
				p, err = Text(raw)
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.Language != tc.lang {
				t.Errorf("Language = %q, want %q", p.Language, tc.lang)
			}
			if p.Title != tc.title {
				t.Errorf("Title = %q, want %q", p.Title, tc.title)
			}
			for _, w := range tc.want {
				if !strings.Contains(p.Text, w) {
					t.Errorf("text lacks %q", w)
				}
			}
			for _, nw := range tc.notWant {
				if strings.Contains(p.Text, nw) {
					t.Errorf("text keeps %q", nw)
				}
			}
			if t.Failed() {
				t.Logf("text:\n%s", p.Text)
			}
		})
	}
}

// Undeclared single-byte Cyrillic: the charset is told by where the
// lower-case letters fall.
func TestGuessSingleByte(t *testing.T) {
	ru := "Власти сообщили, что движение по горной дороге к перевалу восстановлено после схода лавины."
	tests := []struct{ name, enc string }{
		{"windows-1251", "windows-1251"},
		{"koi8-r", "koi8-r"},
	}
	for _, tt := range tests {
		raw := encodeTo(t, tt.enc, ru)
		got, err := decodeHTML(raw, "")
		if err != nil {
			t.Fatal(err)
		}
		if got != ru {
			t.Errorf("%s undeclared: decoded %q", tt.name, got)
		}
	}
}

func encodeTo(t *testing.T, name, s string) []byte {
	t.Helper()
	enc := map[string]encoding.Encoding{"windows-1251": charmap.Windows1251, "koi8-r": charmap.KOI8R}[name]
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
