package gazetteer

import "testing"

// TestTitledSurname: a person named after a rank or office ("Sheriff",
// "Chief Constable", "Coach") keeps the surname when it returns alone,
// even when a town bears it; a locative still makes it the town.
func TestTitledSurname(t *testing.T) {
	g := real(t)
	for _, tc := range []struct {
		text, name string
		place      bool // the bare name is read as a place
	}{
		{"Superintendent Laila Jhelum briefed the council. Jhelum said patrols would double.", "Jhelum", false},
		{"Detective Inspector Omar Multan led the raid. Multan told reporters three men were held.", "Multan", false},
		{"Sheriff Dale Huron said the road was shut. Huron added that crews were on site.", "Huron", false},
		{"Coach Ramon Cusco praised his players. \"We defended well,\" Cusco said.", "Cusco", false},
		{"Sheriff Dale Huron said the road was shut. Crews were sent to Huron overnight.", "Huron", true},
		// the possessive is the person's, after a locative too
		{"Police said Sergeant Amina Kotli was shot on Monday. Mourners gathered at Kotli's home.", "Kotli", false},
		// a level word's list ends with its sentence
		{"The funeral of Colonel Ruben Ortiz Quincy was held in the city of Amarillo. Quincy's family asked for privacy.", "Quincy", false},
		// a place after "by" is no person
		{"The town was shelled by Multan artillery units. Multan officials said two died.", "Multan", true},
	} {
		// the name's last use, where it stands alone
		read := false
		for _, r := range g.Resolve(tc.text) {
			if r.Text == tc.name {
				read = r.Place != nil
			}
		}
		if read != tc.place {
			t.Errorf("%q: last %s read as a place %v, want %v", tc.text, tc.name, read, tc.place)
		}
	}
}
