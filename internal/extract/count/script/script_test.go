package script

import "testing"

func TestDigit(t *testing.T) {
	for _, c := range []struct {
		in      string
		d, size int
	}{
		{"7", 7, 1}, {"۷", 7, 2}, {"٧", 7, 2}, {"۰", 0, 2}, {"٩", 9, 2},
		{"a", 0, 0}, {"ی", 0, 0}, {"\xdb", 0, 0}, {"٬", 0, 0},
	} {
		if d, size := Digit(c.in, 0); d != c.d || size != c.size {
			t.Errorf("Digit(%q) = %d, %d; want %d, %d", c.in, d, size, c.d, c.size)
		}
	}
}

func TestInWord(t *testing.T) {
	for _, c := range []struct {
		in   string
		i    int
		want int
	}{
		{"تقریباً", len("تقریبا"), 2}, // a mark at the end of a word
		{"ده‌ها", len("ده"), 3},       // a joiner between letters
		{"ده‌ ها", len("ده"), 0},      // a joiner before a space
		{"ده", 0, 0},
	} {
		if got := InWord(c.in, c.i); got != c.want {
			t.Errorf("InWord(%q, %d) = %d, want %d", c.in, c.i, got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"vorukh", "vorukh"},
		{"Khorog", "khorog"},
		{"Вчера", "вчера"},
		{"ПЯТНИЦУ", "пятницу"},
		{"трёх", "трех"},
		{"Ёлки", "елки"},
		{"ده‌ها", "دهها"},
		{"سه‌شنبه", "سهشنبه"},
		{"تقریباً", "تقریبا"},
		{"كشته", "کشته"},       // Arabic kaf
		{"يک", "یک"},           // Arabic yeh
		{"جـمعه", "جمعه"},      // kashida
		{"درې", "دری"},         // Pashto e
		{"ولسوالۍ", "ولسوالی"}, // Pashto feminine ending
		{"ګډ", "گډ"},           // Pashto gaf
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSeparator(t *testing.T) {
	if n, th := Separator("۲٬۰۰۰", 2); n != 2 || !th {
		t.Errorf("thousands separator: %d %v", n, th)
	}
	if n, th := Separator("۲٫۵", 2); n != 2 || th {
		t.Errorf("decimal separator: %d %v", n, th)
	}
	if n, _ := Separator("2,000", 1); n != 0 {
		t.Errorf("ASCII comma read as an Arabic separator")
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Вчера", "ده‌ها", "تقریباً", "\xd9", "Ё"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Fold(s)
		if len(out) > len(s) {
			t.Fatalf("Fold(%q) grew to %q", s, out) // every rule keeps or shortens a rune
		}
		if Fold(out) != out {
			t.Fatalf("Fold is not idempotent on %q: %q then %q", s, out, Fold(out))
		}
		for i := 0; i < len(s); i++ {
			Digit(s, i)
			Separator(s, i)
			InWord(s, i)
		}
	})
}
