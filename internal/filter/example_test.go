package filter_test

import (
	"fmt"
	"net/url"

	"github.com/sitrep/sitrep/internal/filter"
)

func ExampleEvents() {
	// /api/events?country=Burkina+Faso&type=battles&min_fatalities=5 and
	// `sitrep events --country "Burkina Faso" --type battles --min-fatalities 5`
	// are read by the same function.
	f, err := filter.Events(url.Values{"country": {"Burkina Faso"}, "type": {"battles"}, "min_fatalities": {"5"}})
	fmt.Printf("%s | %s | %d | %v\n", f.Country, f.EventType, f.MinFatalities, err)

	_, err = filter.Events(url.Values{"min_fatalities": {"five"}})
	fmt.Println(err)
	// Output:
	// Burkina Faso | Battles | 5 | <nil>
	// min_fatalities must be a whole number ≥ 0, not "five"
}
