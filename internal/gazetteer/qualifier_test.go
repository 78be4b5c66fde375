package gazetteer

import "testing"

// TestCommaQualifier: a place written with the unit that holds it after a
// comma is the reading in that unit, and the unit the reading that holds
// it; provinces of one country listed with commas are left as they are.
func TestCommaQualifier(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		w          want
	}{
		{"Two deputies were shot in Paris, Texas, late on Friday.", "Paris", want{"US", "Texas", "", 0}},
		{"A tornado tore through Lima, Ohio, on Sunday.", "Lima", want{"US", "Ohio", "", 0}},
		{"A tornado tore through Lima, Ohio, on Sunday.", "Ohio", want{"US", "Ohio", "", 0}},
		{"Students marched in Athens, Georgia, against tuition rises.", "Athens", want{"US", "Georgia", "", 0}},
		{"Students marched in Athens, Georgia, against tuition rises.", "Georgia", want{"US", "Georgia", "", 0}},
		{"Gunfire was heard in Tripoli, northern Lebanon, overnight.", "Tripoli", want{"LB", "", "", 0}},
		{"Heavy rain hit Hyderabad, Sindh, and Karachi.", "Hyderabad", want{"PK", "Sindh", "", 0}},
		// a chain of units: each narrows the one before it
		{"The fair opened in Allen County, Ohio, United States, on Monday.", "Ohio", want{"US", "Ohio", "", KindAdmin1}},
		// lists of one country's provinces qualify nothing
		{"Fighting spread to Takhar, Kunduz and Baghlan on Monday.", "Takhar", want{"AF", "Takhar", "", 0}},
		{"Militants moved between Kunar, Nangarhar, Laghman.", "Kunar", want{"AF", "Kunar", "", 0}},
	} {
		var got *Resolved
		for _, r := range g.Resolve(tc.text) {
			if r.Text == tc.name {
				got = &r
				break
			}
		}
		if got == nil {
			t.Errorf("%q: %s not found", tc.text, tc.name)
			continue
		}
		tc.w.check(t, tc.text, got.Place)
	}
}

// TestNamedProvinceOutweighsFame: an article that names its country and
// the province of a town is about that town, even when a world capital
// bears the same name.
func TestNamedProvinceOutweighsFame(t *testing.T) {
	g := real(t)
	text := "Lima is a city in the county of Allen in the state of Ohio, in the United States; its refinery employs hundreds."
	for _, r := range g.Resolve(text) {
		if r.Text == "Lima" {
			want{"US", "Ohio", "", 0}.check(t, text, r.Place)
			return
		}
	}
	t.Errorf("%q: Lima not found", text)
}
