package gazetteer

import "testing"

// TestLocalityNotAnAlternateAbroad: a village the gazetteer lacks, whose
// name is an alternate name of a town abroad, stays unresolved in a text
// that names only the village's own country and units: bracketed with
// the town of its district (qualify, inCountriesOf), held by a
// province or a country that has no reading of it, or beside them
// (altAbroad). A big city's other name is still read.
func TestLocalityNotAnAlternateAbroad(t *testing.T) {
	checkCountryReadings(t, real(t), []countryCase{
		{"Soldiers repelled an attack near Boni (Bandiagara, Mopti) on Sunday.", "Boni", ""},
		// the same for a locality that is a town's and a province's own
		// name abroad
		{"Herders clashed with farmers in Kara (Bandiagara, Mopti) on Friday.", "Kara", ""},
		{"A convoy was ambushed between Boni and Konna in the Mopti region.", "Boni", ""},
		{"Two traders were killed near Boni in central Mali.", "Boni", ""},
		{"Flights from Karachi to Bombay resumed on Monday after the strike.", "Bombay", "IN"},
		// a bracket whose first name the gazetteer lacks (or reads
		// abroad) still holds the town through the next one
		{"A mine exploded under a truck near Dori (Seno, Sahel) on Monday.", "Dori", "BF"},
	})
}

// TestPossessiveHolderLast: a possessive holder before the text's last
// name ("of Laclede County's Quincy Township") qualifies it without a
// bracket to read past the end of the names (a crash once).
func TestPossessiveHolderLast(t *testing.T) {
	g := real(t)
	text := "The two partners, of Dashtak and of Laclede County's Quincy Township, were treated at a hospital."
	for _, r := range g.Resolve(text) {
		_ = r.Place
	}
}
