package fuse

import "testing"

// Names of people and units as the region's press and English wires write
// them (invented for this test): one name across scripts and cases meets
// itself, and other names, or two uncertain Persian words, do not.
func TestSameNameAcrossScripts(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Назарова", "Nazarov", true},    // Russian genitive, English nominative
		{"Рахимовым", "Rahimov", true},   // instrumental; kh/h spellings
		{"Жумабаева", "Zhumabaev", true}, // Kyrgyz surname in two transliterations
		{"Жумабаева", "Jumabayev", true}, //
		{"حقانی", "Haqqani", true},       // Dari, no short vowels
		{"نورزی", "Noorzai", true},       //
		{"Курбонова", "Nazarov", false},  // another person
		{"Назарова", "Nazari", true},     // one skeleton: the rule's known blur, see minNameSkeleton
		{"Ли", "Li", false},              // too short to tell from a word
		{"حقانی", "حقانی", false},        // two uncertain Persian words: wording, not a name
		{"Nazarov", "Nazarova", false},   // two Latin names compare exactly, as ever
		{"Хатлон", "Хатлоне", true},      // two Russian cases of one name
		{"فرمانده", "Rahimov", false},    //
		{"Sharipov", "Шарипов", true},    //
		{"Sharipov", "Шерали", false},    //
	}
	for _, tc := range tests {
		x := newNameRef(tc.a, joinWords(tc.a))
		y := newNameRef(tc.b, joinWords(tc.b))
		if got := sameName(x, y); got != tc.want {
			t.Errorf("sameName(%q, %q) = %v, want %v (skeletons %q, %q)", tc.a, tc.b, got, tc.want, x.skel, y.skel)
		}
		if got := sameName(y, x); got != tc.want {
			t.Errorf("sameName(%q, %q) not symmetric", tc.b, tc.a)
		}
	}
}

func joinWords(s string) string {
	k := ""
	for _, w := range words(s) {
		k += w
	}
	return k
}
