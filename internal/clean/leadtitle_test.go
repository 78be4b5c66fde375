package clean

import (
	"strings"
	"testing"
)

// A pasted text with no headline opens with its lead sentence: the lead
// titles it and stays in the text, or the story loses its first sentence.
// A headline, even a long one or a question, stays out of the text.
func TestLeadAsTitle(t *testing.T) {
	for _, tc := range []struct {
		name, in, first string
		inText          bool
	}{
		{"a wire lead with no headline",
			"Gunmen on motorcycles killed nine villagers near Djibo in northern Burkina Faso on Sunday, local sources said.\n\nThe attackers also burned granaries before fleeing toward the border, a resident told reporters.\n",
			"Gunmen on motorcycles killed nine villagers", true},
		{"a headline above the lead",
			"Nine villagers killed near Djibo\n\nGunmen on motorcycles killed nine villagers near Djibo in northern Burkina Faso on Sunday, local sources said.\n",
			"Nine villagers killed near Djibo", false},
		{"a long question as headline",
			"Will the new ceasefire between the army and the rebels in Cauca finally hold after months of fighting?\n\nThe army and a dissident faction agreed on Tuesday to halt operations in the department for ninety days, officials in Popayan said.\n",
			"Will the new ceasefire", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Text([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(p.Title, tc.first) {
				t.Errorf("title %q, want one starting %q", p.Title, tc.first)
			}
			if got := strings.Contains(p.Text, tc.first); got != tc.inText {
				t.Errorf("text holds the first line: %v, want %v\n%s", got, tc.inText, p.Text)
			}
		})
	}
}
