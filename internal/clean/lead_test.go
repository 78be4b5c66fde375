package clean

import "testing"

// A wire story copied without its headline opens with its lead: the lead
// stays in the text (it tells the event) and its first sentence stands for
// the title. A one-line headline or flash, with or without a full stop, is
// a note whose line is both title and text; a scrap of two or three words
// is not.
func TestTextLeadAndHeadlineOnly(t *testing.T) {
	lead := "GAO, Mali, June 3 (Sahel Wire) - Gunmen on motorbikes attacked a convoy of fuel tankers near the town of Ansongo on Sunday, killing four drivers, a regional official said. The army sent a patrol."
	for _, tc := range []struct {
		name, in    string
		title, text string
	}{
		{"wire lead without a headline",
			lead + "\n\nThe attackers burned two lorries before fleeing towards the border with Niger, residents said.\n",
			"GAO, Mali, June 3 (Sahel Wire) - Gunmen on motorbikes attacked a convoy of fuel tankers near the town of Ansongo on Sunday, killing four drivers, a regional official said.",
			lead + "\n\nThe attackers burned two lorries before fleeing towards the border with Niger, residents said."},
		{"agency lead with an abbreviation",
			"QUETTA, Pakistan (APP) - Two Frontier Corps soldiers were martyred on Tuesday when militants fired on their vehicle on the N.25 highway near Kalat, the ISPR said in a statement.\n\nA search operation was launched in the area.\n",
			"QUETTA, Pakistan (APP) - Two Frontier Corps soldiers were martyred on Tuesday when militants fired on their vehicle on the N.25 highway near Kalat, the ISPR said in a statement.",
			"QUETTA, Pakistan (APP) - Two Frontier Corps soldiers were martyred on Tuesday when militants fired on their vehicle on the N.25 highway near Kalat, the ISPR said in a statement.\n\nA search operation was launched in the area."},
		{"headline only",
			"Car bomb kills six outside Mogadishu police academy - officials\n",
			"Car bomb kills six outside Mogadishu police academy - officials",
			"Car bomb kills six outside Mogadishu police academy - officials"},
		{"headline above a short note",
			"Clashes in Cauca\n\nThree soldiers died.\n",
			"Clashes in Cauca", "Three soldiers died."},
		{"a scrap",
			"World news today\n", "World news today", ""},
	} {
		got, err := Text([]byte(tc.in))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got.Title != tc.title || got.Text != tc.text {
			t.Errorf("%s:\n title %q\n want  %q\n text  %q\n want  %q", tc.name, got.Title, tc.title, got.Text, tc.text)
		}
	}
}
