package source

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// maxManifestLine is the longest JSON Lines line ReadManifest accepts.
const maxManifestLine = 1 << 20

// manifestFields maps accepted field names (and aliases) to the canonical
// field.
var manifestFields = map[string]string{
	"path": "path", "file": "path",
	"url": "url", "link": "url",
	"published": "published", "date": "published",
	"source": "source", "outlet": "source",
	"title": "title",
}

// ErrOutsideManifest is wrapped by the error for a manifest path that leads
// outside the manifest's folder, by its name or through a symbolic link.
var ErrOutsideManifest = errors.New("outside the manifest's folder")

// ManifestOptions says how far a manifest's paths may reach.
type ManifestOptions struct {
	// Anywhere lets paths name any file the user can read. By default a
	// manifest reaches only its own folder and below: a manifest is often
	// someone else's file, and "/etc/passwd" or "../../.ssh/id_ed25519" in
	// it would otherwise be stored and served as an article.
	Anywhere bool
}

// ReadManifest reads a manifest confined to its folder; see
// ReadManifestWith.
func ReadManifest(path string) ([]Input, []error) {
	return ReadManifestWith(path, ManifestOptions{})
}

// ReadManifestWith reads a manifest: one document a record, with fields path or
// url (or both: then path is a local copy of url, which is read from disk and
// keeps url as its canonical URL), and optional published (see ParseDate),
// source and title. Aliases file, link, date and outlet are accepted; other
// fields are ignored. Relative paths are relative to the manifest's folder.
// Unless opts.Anywhere, a path outside that folder (absolute or with "..")
// is an error wrapping ErrOutsideManifest, and each Input's Root is the
// folder, so that Loader refuses symbolic links leading out of it too.
//
// The format comes from the extension: .jsonl, .ndjson and .json are JSON
// Lines (one object a line; blank lines and lines starting with # are
// skipped; a .json file may instead hold one array of objects), .csv is CSV and .tsv
// tab-separated, both with a header row naming the fields. Other extensions
// are sniffed ({ or [ first means JSON, else CSV).
//
// A bad record gives an error "manifest.jsonl:3: reason" (the manifest path
// as given) and the good ones still come back, each with Line set.
func ReadManifestWith(path string, opts ManifestOptions) ([]Input, []error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, []error{fmt.Errorf("manifest %s: %w", path, pathErr(err))}
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	dir := manifestDir{dir: filepath.Dir(path), anywhere: opts.Anywhere}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return readJSONManifest(path, dir, data, false)
	case ".json":
		return readJSONManifest(path, dir, data, true)
	case ".csv":
		return readCSVManifest(path, dir, data, ',')
	case ".tsv":
		return readCSVManifest(path, dir, data, '\t')
	}
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		return readJSONManifest(path, dir, data, true)
	}
	return readCSVManifest(path, dir, data, ',')
}

// readJSONManifest reads JSON Lines; or, when allowArray, one JSON array
// of objects if that is what the file holds.
func readJSONManifest(path string, dir manifestDir, data []byte, allowArray bool) ([]Input, []error) {
	if t := bytes.TrimLeft(data, " \t\r\n"); allowArray && len(t) > 0 && t[0] == '[' {
		return readJSONArrayManifest(path, dir, data)
	}
	var ins []Input
	var errs []error
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), maxManifestLine)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		where := fmt.Sprintf("%s:%d", path, n)
		in, err := parseJSONLine(line, dir)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", where, err))
			continue
		}
		in.Line = where
		ins = append(ins, in)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line longer than %s", formatBytes(maxManifestLine))
		}
		errs = append(errs, fmt.Errorf("%s:%d: %w", path, n+1, err))
	}
	return ins, errs
}

// readJSONArrayManifest reads a .json manifest holding one array of
// objects; line numbers are those where each object starts. A syntax error
// ends the reading (the rest cannot be trusted).
func readJSONArrayManifest(path string, dir manifestDir, data []byte) ([]Input, []error) {
	var ins []Input
	var errs []error
	dec := json.NewDecoder(bytes.NewReader(data))
	lineAt := func(off int64) int {
		// Skip the separator and space before the object.
		for off < int64(len(data)) && bytes.IndexByte([]byte(" \t\r\n,"), data[off]) >= 0 {
			off++
		}
		return 1 + bytes.Count(data[:min(off, int64(len(data)))], []byte("\n"))
	}
	if _, err := dec.Token(); err != nil { // [
		return nil, []error{fmt.Errorf("%s:1: %w", path, err)}
	}
	for dec.More() {
		where := fmt.Sprintf("%s:%d", path, lineAt(dec.InputOffset()))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", where, jsonErr(err)))
			return ins, errs
		}
		in, err := parseJSONLine(raw, dir)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", where, err))
			continue
		}
		in.Line = where
		ins = append(ins, in)
	}
	if _, err := dec.Token(); err != nil { // ]
		errs = append(errs, fmt.Errorf("%s:%d: %w", path, lineAt(dec.InputOffset()), jsonErr(err)))
	}
	return ins, errs
}

// parseJSONLine reads one JSON manifest record. Field names are matched
// case-insensitively; values must be strings (or null, meaning absent).
func parseJSONLine(line []byte, dir manifestDir) (Input, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return Input{}, fmt.Errorf("want a JSON object, not %s", ute.Value)
		}
		return Input{}, fmt.Errorf("bad JSON: %w", jsonErr(err))
	}
	if obj == nil {
		return Input{}, errors.New("want a JSON object, not null")
	}
	fields := make(map[string]string, len(obj))
	for k, raw := range obj {
		name, ok := manifestFields[strings.ToLower(strings.TrimSpace(k))]
		if !ok {
			continue
		}
		if string(raw) == "null" {
			continue
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return Input{}, fmt.Errorf("field %q must be a string", k)
		}
		if prev, dup := fields[name]; dup && prev != s {
			return Input{}, fmt.Errorf("field %q given twice", name)
		}
		fields[name] = s
	}
	return parseRecord(fields, dir)
}

// jsonErr makes encoding/json's errors read as one short clause.
func jsonErr(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("%s (at byte %d)", strings.TrimPrefix(se.Error(), "json: "), se.Offset)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return errors.New("unexpected end of JSON")
	}
	return errors.New(strings.TrimPrefix(err.Error(), "json: "))
}

func readCSVManifest(path string, dir manifestDir, data []byte, comma rune) ([]Input, []error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = comma
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	r.ReuseRecord = false
	header, err := r.Read()
	if err == io.EOF {
		return nil, []error{fmt.Errorf("%s: empty manifest (want a header row naming path or url, published, source, title)", path)}
	}
	if err != nil {
		return nil, []error{fmt.Errorf("%s: header: %w", path, csvErr(err))}
	}
	cols := make([]string, len(header)) // canonical field per column, "" = ignored
	seen := map[string]bool{}
	for i, h := range header {
		name := manifestFields[strings.ToLower(strings.TrimSpace(h))]
		if name != "" && seen[name] {
			return nil, []error{fmt.Errorf("%s:1: column %q given twice", path, name)}
		}
		seen[name] = true
		cols[i] = name
	}
	if !seen["path"] && !seen["url"] {
		return nil, []error{fmt.Errorf("%s:1: header has no path or url column (got %q)", path, strings.Join(header, string(comma)))}
	}
	var ins []Input
	var errs []error
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				errs = append(errs, fmt.Errorf("%s:%d: %w", path, pe.StartLine, pe.Err))
				continue
			}
			errs = append(errs, fmt.Errorf("%s: %w", path, err))
			break
		}
		line, _ := r.FieldPos(0)
		where := fmt.Sprintf("%s:%d", path, line)
		in, err := parseCSVRecord(cols, rec, dir)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", where, err))
			continue
		}
		if in == nil { // blank row
			continue
		}
		in.Line = where
		ins = append(ins, *in)
	}
	return ins, errs
}

// parseCSVRecord reads one CSV row given the canonical field of each
// column; nil, nil for a row whose cells are all empty.
func parseCSVRecord(cols, rec []string, dir manifestDir) (*Input, error) {
	if len(rec) > len(cols) {
		for _, extra := range rec[len(cols):] {
			if strings.TrimSpace(extra) != "" {
				return nil, fmt.Errorf("%d fields, header has %d", len(rec), len(cols))
			}
		}
	}
	fields := map[string]string{}
	blank := true
	for i, v := range rec {
		if strings.TrimSpace(v) != "" {
			blank = false
		}
		if i < len(cols) && cols[i] != "" {
			fields[cols[i]] = v
		}
	}
	if blank {
		return nil, nil
	}
	in, err := parseRecord(fields, dir)
	if err != nil {
		return nil, err
	}
	return &in, nil
}

func csvErr(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// manifestDir is the folder a manifest's relative paths start from, and
// whether they may leave it.
type manifestDir struct {
	dir      string
	anywhere bool
}

// within reports whether path is dir or lies below it, by name (symbolic
// links are the Loader's to check, when the file is opened).
func within(dir, path string) bool {
	d, err1 := filepath.Abs(dir)
	p, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// parseRecord turns a manifest record's canonical fields into an Input.
func parseRecord(f map[string]string, dir manifestDir) (Input, error) {
	var in Input
	p := strings.TrimSpace(f["path"])
	u := strings.TrimSpace(f["url"])
	if isHTTPURL(p) && u == "" { // a URL in the path column
		p, u = "", p
	}
	if u != "" {
		pu, err := url.Parse(u)
		switch {
		case err != nil:
			return in, fmt.Errorf("bad url %q: %w", Shown(u), unwrapURLError(err))
		case !isHTTPURL(u):
			return in, fmt.Errorf("url %q: want http or https", Shown(u))
		case pu.Host == "":
			return in, fmt.Errorf("url %q has no host", Shown(u))
		}
	}
	switch {
	case p != "":
		if strings.ContainsRune(p, 0) {
			return in, errors.New("path contains a NUL byte")
		}
		p = filepath.FromSlash(p)
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir.dir, p)
		}
		in.Origin = filepath.Clean(p)
		in.URL = u
		if !dir.anywhere {
			if !within(dir.dir, in.Origin) {
				return in, fmt.Errorf("path %q: %w", Shown(f["path"]), ErrOutsideManifest)
			}
			in.Root = dir.dir
		}
	case u != "":
		in.Origin = u
	default:
		return in, errors.New("no path or url")
	}
	if d := strings.TrimSpace(f["published"]); d != "" {
		t, err := ParseDate(d)
		if err != nil {
			return in, fmt.Errorf("published: %w", err)
		}
		in.Meta.Published = t
	}
	in.Meta.Source = strings.TrimSpace(f["source"])
	in.Meta.Title = strings.TrimSpace(f["title"])
	return in, nil
}
