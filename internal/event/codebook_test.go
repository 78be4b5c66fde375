package event

import (
	"fmt"
	"testing"
)

// The codebook holds the 25 sub-event types under the 6 event types, each
// with a disorder type, and no name twice.
func TestCodebook(t *testing.T) {
	perType := map[string]int{}
	seen := map[string]bool{}
	for _, s := range Codebook {
		if seen[s.Name] {
			t.Errorf("%s listed twice", s.Name)
		}
		seen[s.Name] = true
		if !IsEventType(s.Type) {
			t.Errorf("%s: unknown event type %q", s.Name, s.Type)
		}
		if s.Disorder == "" || s.Definition == "" {
			t.Errorf("%s: no disorder type or definition", s.Name)
		}
		perType[s.Type]++
	}
	want := map[string]int{Battles: 3, Explosions: 6, VAC: 3, Protests: 3, Riots: 2, Strategic: 8}
	for typ, n := range want {
		if perType[typ] != n {
			t.Errorf("%s: %d sub-event types, want %d", typ, perType[typ], n)
		}
	}
	if st, ok := LookupSubType(ExcessiveForce); !ok || st.Type != Protests || st.Disorder != PVDemonstrations {
		t.Errorf("excessive force: %+v", st)
	}
}

func TestActorClass(t *testing.T) {
	for name, want := range map[string]string{
		"": "", "Military Forces of Mali": "state", "Police Forces of Peru": "state", "Civilians (Sudan)": "civ",
		"Protesters (Kenya)": "protester", "Rioters (Chile)": "rioter", "JNIM: Group for Support of Islam and Muslims": "armed",
	} {
		if got := ActorClass(name); got != want {
			t.Errorf("ActorClass(%q) = %q, want %q", name, got, want)
		}
	}
}

func ExampleInteractionCode() {
	// Rebels (2) against civilians (7); a sole actor's code times ten.
	fmt.Println(InteractionCode(InterRebels, InterCivilians), InteractionCode(InterState, InterNone))
	// Output: 27 10
}
