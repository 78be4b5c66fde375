package gazetteer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unsafe"
)

// Index file layout (little endian, every section 8-byte aligned):
//
//	magic "SITGAZ\x00" + format version byte
//	header: 16 × uint32 (counts and section lengths, see hdr*)
//	places      nPlaces × placeRec (48 bytes)
//	fold table  slots × uint64 hash, slots × uint32 postings offset
//	fold posts  uint32 list: [n, entry...] per key; entry = place<<3 | flags
//	phon table, phon posts: the same for phonetic keys
//	fuzzy       nFuzzy × (uint32 blob offset, uint32 length) of phonetic keys
//	blob        strings, each a uvarint length then the bytes
//
// Loading reads the file once and views the sections in place: no parsing,
// no per-key allocation.

const (
	magic         = "SITGAZ\x00\x02"
	hdrPlaces     = 0
	hdrFoldSlots  = 1
	hdrFoldPosts  = 2
	hdrPhonSlots  = 3
	hdrPhonPosts  = 4
	hdrFuzzy      = 5
	hdrBlob       = 6
	hdrFieldCount = 16
	noPlace       = math.MaxUint32
)

// posting flags
const (
	flagPrimary = 1 << 0 // the place's own name (not an alternate)
	flagAbbrev  = 1 << 1 // abbreviation: matches only text written in capitals
	flagDemonym = 1 << 2 // demonym of a country ("Tajik", "Afghans")
	flagBits    = 3
)

// Kind is what sort of place a record is.
type Kind uint8

const (
	KindCity      Kind = iota + 1 // populated place (GeoNames class P)
	KindAdmin2                    // second-level division (district)
	KindAdmin1                    // first-level division (province, state)
	KindCountry                   // country or dependent territory
	KindRegion                    // named region spanning or inside countries
	KindContinent                 // continent
	KindFeature                   // river, mountain, valley... (other GeoNames classes)
)

func (k Kind) String() string {
	switch k {
	case KindCity:
		return "place"
	case KindAdmin2:
		return "admin2"
	case KindAdmin1:
		return "admin1"
	case KindCountry:
		return "country"
	case KindRegion:
		return "region"
	case KindContinent:
		return "continent"
	case KindFeature:
		return "feature"
	}
	return "unknown"
}

// placeRec is one place as stored in the index file.
type placeRec struct {
	ID      uint32 // GeoNames id, 0 if none
	Lat     float32
	Lon     float32
	Pop     uint32
	Name    uint32 // blob offset of the primary name
	Alts    uint32 // blob offset of the alternate name list (0: none)
	Codes   uint32 // blob offset of "CC.A1.A2" (admin codes, possibly empty parts)
	Country uint32 // place index of the country, or noPlace
	Admin1  uint32 // place index of the first-level division, or noPlace
	Admin2  uint32 // place index of the district, or noPlace
	FCode   [6]byte
	Kind    Kind
	Flags   uint8 // recApprox...
}

const (
	recApprox = 1 << 0 // point derived (mean of member places), not surveyed
)

// Gazetteer is a loaded place index. It is safe for concurrent use.
type Gazetteer struct {
	path          string
	places        []placeRec
	foldHash      []uint64
	foldStart     []uint32
	foldPosts     []uint32
	phonHash      []uint64
	phonStart     []uint32
	phonPosts     []uint32
	fuzzy         []uint32 // pairs (offset, length)
	blob          []byte
	byCountry     map[string]uint32 // ISO2 -> place index
	hdrAdminNames uint32
	continents    []uint32
	// the states and provinces written abbreviated (stateabbrev.go)
	abbrevOnce  sync.Once
	abbrevUnits map[string]uint32
	// short names two countries share (sharedname.go)
	sharedOnce sync.Once
	shared     map[string][]uint32
	// each country's and province's capital (capital.go)
	capOnce sync.Once
	capital map[uint32]uint32
	// the coastal state of each water body asked for (coast.go)
	coast sync.Map
}

// Path is the file the gazetteer was loaded from.
func (g *Gazetteer) Path() string { return g.path }

// Len is the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

func (g *Gazetteer) str(off uint32) string {
	if off == 0 || int(off) >= len(g.blob) {
		return ""
	}
	n, k := binary.Uvarint(g.blob[off:])
	s := int(off) + k
	return unsafe.String(&g.blob[s], int(n))
}

func (g *Gazetteer) strList(off uint32) []string {
	if off == 0 {
		return nil
	}
	n, k := binary.Uvarint(g.blob[off:])
	p := int(off) + k
	out := make([]string, 0, n)
	for i := 0; i < int(n); i++ {
		l, k := binary.Uvarint(g.blob[p:])
		p += k
		out = append(out, string(g.blob[p:p+int(l)]))
		p += int(l)
	}
	return out
}

// postings returns the entries stored under a key hash.
func (g *Gazetteer) postings(phon bool, h uint64) []uint32 {
	hashes, starts, posts := g.foldHash, g.foldStart, g.foldPosts
	if phon {
		hashes, starts, posts = g.phonHash, g.phonStart, g.phonPosts
	}
	if len(hashes) == 0 {
		return nil
	}
	mask := uint64(len(hashes) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch hashes[i] {
		case 0:
			return nil
		case h:
			s := starts[i]
			n := posts[s]
			return posts[s+1 : s+1+n]
		}
	}
}

// ErrNotFound is returned by Default when no index file exists.
var ErrNotFound = errors.New("gazetteer index not found: run `make setup` (or `sitrep gazetteer build`), or set SITREP_GAZETTEER")

// DefaultFile is the index path relative to the repository root.
const DefaultFile = "data/gazetteer.bin"

// DefaultPath finds the index: $SITREP_GAZETTEER if set; else
// data/gazetteer.bin in the working directory or the nearest parent that
// has one; else next to the executable (<exe dir>/../data/gazetteer.bin,
// then <exe dir>/data/gazetteer.bin).
func DefaultPath() (string, error) {
	if p := os.Getenv("SITREP_GAZETTEER"); p != "" {
		return p, nil
	}
	if wd, err := os.Getwd(); err == nil {
		for dir := wd; ; {
			p := filepath.Join(dir, DefaultFile)
			if fileExists(p) {
				return p, nil
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	if exe, err := os.Executable(); err == nil {
		if r, err := filepath.EvalSymlinks(exe); err == nil {
			exe = r
		}
		d := filepath.Dir(exe)
		for _, p := range []string{filepath.Join(d, "..", DefaultFile), filepath.Join(d, DefaultFile)} {
			if fileExists(p) {
				return filepath.Clean(p), nil
			}
		}
	}
	return "", ErrNotFound
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// Default opens the index found by DefaultPath.
func Default() (*Gazetteer, error) {
	p, err := DefaultPath()
	if err != nil {
		return nil, err
	}
	return Open(p)
}

// Open loads an index written by Builder.Write.
func Open(path string) (*Gazetteer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w (%s missing)", ErrNotFound, path)
		}
		return nil, err
	}
	g, err := load(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	g.path = path
	return g, nil
}

func load(data []byte) (*Gazetteer, error) {
	if len(data) < len(magic)+4*hdrFieldCount || string(data[:6]) != magic[:6] {
		return nil, errors.New("not a sitrep gazetteer index")
	}
	if string(data[:len(magic)]) != magic {
		return nil, errors.New("gazetteer index of another format version: rebuild it (sitrep gazetteer build)")
	}
	if uintptr(unsafe.Pointer(&data[0]))%8 != 0 {
		aligned := make([]uint64, (len(data)+7)/8)
		b := unsafe.Slice((*byte)(unsafe.Pointer(&aligned[0])), len(data))
		copy(b, data)
		data = b
	}
	var hdr [hdrFieldCount]uint32
	for i := range hdr {
		hdr[i] = binary.LittleEndian.Uint32(data[len(magic)+4*i:])
	}
	off := align8(len(magic) + 4*hdrFieldCount)
	var bad bool
	take := func(n int) []byte {
		if bad || n < 0 || off+n > len(data) {
			bad = true
			return nil
		}
		b := data[off : off+n]
		off = align8(off + n)
		return b
	}
	g := &Gazetteer{hdrAdminNames: hdr[hdrAdminNames]}
	g.places = viewSlice[placeRec](take(int(hdr[hdrPlaces]) * int(unsafe.Sizeof(placeRec{}))))
	g.foldHash = viewSlice[uint64](take(int(hdr[hdrFoldSlots]) * 8))
	g.foldStart = viewSlice[uint32](take(int(hdr[hdrFoldSlots]) * 4))
	g.foldPosts = viewSlice[uint32](take(int(hdr[hdrFoldPosts]) * 4))
	g.phonHash = viewSlice[uint64](take(int(hdr[hdrPhonSlots]) * 8))
	g.phonStart = viewSlice[uint32](take(int(hdr[hdrPhonSlots]) * 4))
	g.phonPosts = viewSlice[uint32](take(int(hdr[hdrPhonPosts]) * 4))
	g.fuzzy = viewSlice[uint32](take(int(hdr[hdrFuzzy]) * 8))
	g.blob = take(int(hdr[hdrBlob]))
	if bad {
		return nil, errors.New("truncated gazetteer index: rebuild it")
	}
	g.byCountry = make(map[string]uint32, 256)
	for i := range g.places {
		p := &g.places[i]
		switch p.Kind {
		case KindCountry:
			g.byCountry[g.countryCode(p)] = uint32(i)
		case KindContinent:
			g.continents = append(g.continents, uint32(i))
		case KindCity:
			// countries and continents come first
			return g, nil
		}
	}
	return g, nil
}

func viewSlice[T any](b []byte) []T {
	var z T
	sz := int(unsafe.Sizeof(z))
	if len(b) == 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), len(b)/sz)
}

func align8(n int) int { return (n + 7) &^ 7 }

// codes returns the country, admin1 and admin2 codes of a record.
func (g *Gazetteer) codes(p *placeRec) (cc, a1, a2 string) {
	s := g.str(p.Codes)
	cc, rest, _ := strings.Cut(s, ".")
	a1, a2, _ = strings.Cut(rest, ".")
	return
}

func (g *Gazetteer) countryCode(p *placeRec) string {
	s := g.str(p.Codes)
	if len(s) >= 2 && (len(s) == 2 || s[2] == '.') {
		return s[:2]
	}
	return ""
}

func fcodeString(f [6]byte) (class byte, code string) {
	class = f[0]
	n := 1
	for n < len(f) && f[n] != 0 {
		n++
	}
	return class, string(f[1:n])
}
