package main

import (
	"bytes"
	"context"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// runArgs runs sitrep with exactly args (no --db added).
func runArgs(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestGlobalFlagsAnywhere: --db and --verbose work after the command too.
func TestGlobalFlagsAnywhere(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	seedEvents(t, db)
	for _, args := range [][]string{
		{"--db", db, "events"},
		{"events", "--db", db},
		{"events", "--db=" + db, "--type", "Battles"},
		{"events", "-db", db, "--verbose"},
		{"--db", "elsewhere.db", "events", "--db", db}, // the last one wins, as with any flag
	} {
		code, out, errs := runArgs(args...)
		if code != 0 || !strings.Contains(out, "KGc0ffee0000-1") {
			t.Errorf("%q: exit %d\nstdout %s\nstderr %s", args, code, out, errs)
		}
	}
	// After "--" nothing is a flag.
	if got, rest := hoistGlobals([]string{"ingest", "--", "--db", "x"}); len(got) != 0 || len(rest) != 4 {
		t.Errorf("hoisted past --: %q %q", got, rest)
	}
	if code, _, errs := runArgs("events", "--db"); code != 2 || !strings.Contains(errs, "flag needs an argument: -db") {
		t.Errorf("--db without a value: exit %d %s", code, errs)
	}
}

func TestVersionLine(t *testing.T) {
	info := func(settings ...string) *debug.BuildInfo {
		bi := &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}
		for i := 0; i+1 < len(settings); i += 2 {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return bi
	}
	release := info()
	release.Main.Version = "v1.4.0"
	for _, tc := range []struct {
		name string
		info *debug.BuildInfo
		ok   bool
		want string
	}{
		{"no build info", nil, false, "sitrep dev (commit unknown)"},
		{"no vcs", info("GOOS", "linux"), true, "sitrep dev (commit unknown)"},
		{"clean", info("vcs.revision", "6143cdfed67f", "vcs.time", "2026-05-04T10:00:00Z", "vcs.modified", "false"), true,
			"sitrep dev (commit 6143cdfed67f, 2026-05-04T10:00:00Z)"},
		{"modified", info("vcs.revision", "6143cdfed67f", "vcs.modified", "true"), true, "sitrep dev (commit 6143cdfed67f+modified)"},
		{"go install", release, true, "sitrep v1.4.0 (commit unknown)"},
		{"checkout pseudo-version", func() *debug.BuildInfo {
			bi := info("vcs.revision", "b725f8ae9e61a137de29", "vcs.modified", "true")
			bi.Main.Version = "v0.0.0-20261202172432-b725f8ae9e61+dirty"
			return bi
		}(), true, "sitrep dev (commit b725f8ae9e61a137de29+modified)"},
	} {
		if got := versionLine(tc.info, tc.ok); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	// Both spellings print the same line.
	c1, v1, _ := runArgs("version")
	c2, v2, _ := runArgs("--version")
	if c1 != 0 || c2 != 0 || v1 != v2 || !strings.HasPrefix(v1, "sitrep ") || !strings.Contains(v1, "commit") {
		t.Errorf("version: exit %d %q; --version: exit %d %q", c1, v1, c2, v2)
	}
}
