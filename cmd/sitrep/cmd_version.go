package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
)

func init() {
	register(&command{Name: "version", Summary: "print the version and the commit it was built from", Run: runVersion})
}

const versionAbout = `
Prints sitrep's version and the version-control commit the binary was built
from (with "+modified" when the working tree had uncommitted changes), as Go
records them at build time. A binary built outside a git checkout, or by
'go run', says "commit unknown".
`

func runVersion(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "version", "", versionAbout)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	fmt.Fprintln(g.Stdout, versionLine(debug.ReadBuildInfo()))
	return nil
}

// versionLine is "sitrep VERSION (commit REV[+modified], DATE)" from the
// build information Go embeds (ok is false when there is none).
func versionLine(info *debug.BuildInfo, ok bool) string {
	v := version
	if !ok {
		return "sitrep " + v + " (commit unknown)"
	}
	var rev, when string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	// `go install module@vX.Y.Z` records the module version. A build in
	// a checkout says "(devel)", or a pseudo-version made of the commit
	// (v0.0.0-DATE-REV[+dirty]) that the commit below already says.
	if mv := strings.TrimSuffix(info.Main.Version, "+dirty"); v == "dev" && mv != "" && mv != "(devel)" &&
		(len(rev) < 12 || !strings.HasSuffix(mv, "-"+rev[:12])) {
		v = info.Main.Version
	}
	if rev == "" {
		return "sitrep " + v + " (commit unknown)"
	}
	if modified {
		rev += "+modified"
	}
	if when != "" {
		return fmt.Sprintf("sitrep %s (commit %s, %s)", v, rev, when)
	}
	return fmt.Sprintf("sitrep %s (commit %s)", v, rev)
}
