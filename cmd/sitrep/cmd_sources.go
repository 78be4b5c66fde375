package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/watch"
)

func init() {
	register(&command{Name: "sources", Summary: "add, list and remove the feeds and pages `watch` polls", Run: runSources})
}

const sourcesAbout = `
Manages the sources that 'sitrep watch' polls: RSS/Atom feeds (every item
becomes an article) and plain pages (the page is an article each time its text
changes).

  sources add URL [--every 15m] [--name NAME]   add a source (due at once)
  sources list [--format table|json]           name, URL, interval, last poll,
                                               last new item, next due, last error
  sources rm URL|NAME                          remove a source

Examples:
  sitrep sources add https://example.org/feed.xml --name example --every 30m
  sitrep sources list
  sitrep sources rm example
`

// sourceJSON is the public JSON shape of a source.
type sourceJSON = watch.SourceInfo

func toSourceJSON(s *store.Source) sourceJSON { return watch.Info(s) }

func runSources(ctx context.Context, g *globals, args []string) error {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
		fs := newFlags(g, "sources", "add|list|rm [flags] [args]", sourcesAbout)
		fs.Usage()
		return nil
	}
	if len(args) == 0 {
		return usageErr("say add, list or rm")
	}
	switch args[0] {
	case "add":
		return runSourcesAdd(ctx, g, args[1:])
	case "list", "ls":
		return runSourcesList(ctx, g, args[1:])
	case "rm", "remove":
		return runSourcesRm(ctx, g, args[1:])
	}
	return usageErr("unknown sources command %q: say add, list or rm", args[0])
}

func runSourcesAdd(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "sources add", "URL [--every 15m] [--name NAME]", sourcesAbout)
	every := fs.Duration("every", 15*time.Minute, "how often to poll the source (at least 1m)")
	name := fs.String("name", "", "a short `NAME` for the source (unique), for listing and removing")
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usageErr("give one URL")
	}
	raw := strings.TrimSpace(args[0])
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return usageErr("%q is not an http(s) URL", raw)
	}
	if *every < watch.MinInterval {
		return usageErr("--every %v: the shortest interval is %v", *every, watch.MinInterval)
	}
	n := strings.TrimSpace(*name)
	if strings.Contains(n, "://") {
		return usageErr("--name %q looks like a URL", n)
	}
	st, err := store.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	src := &store.Source{URL: raw, Name: n, Every: *every}
	if err := st.AddSource(ctx, src); err != nil {
		return err
	}
	fmt.Fprintf(g.Stdout, "added %s (every %s)\n", sourceLabel(src), fmtInterval(src.Every))
	return nil
}

func runSourcesList(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "sources list", "[--format table|json]", sourcesAbout)
	format := fs.String("format", "table", "output format: table or json")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if err := checkTableOrJSON(*format); err != nil {
		return err
	}
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.ListSources(ctx)
	if err != nil {
		return err
	}
	if *format == "json" {
		out := make([]sourceJSON, 0, len(list))
		for i := range list {
			out = append(out, toSourceJSON(&list[i]))
		}
		enc := json.NewEncoder(g.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(list) == 0 {
		fmt.Fprintln(g.Stderr, "no sources (add one with: sitrep sources add URL)")
		return nil
	}
	now := time.Now()
	tw := tabwriter.NewWriter(g.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tURL\tEVERY\tLAST POLL\tLAST NEW\tNEXT DUE\tLAST ERROR")
	for _, s := range list {
		name := s.Name
		if name == "" {
			name = "-"
		}
		lastErr := "-"
		if s.LastError != "" {
			lastErr = clip(s.LastError, 60)
			if s.Failures > 0 {
				lastErr = fmt.Sprintf("(%d×) %s", s.Failures, lastErr)
			}
		}
		next := "now"
		if s.NextDue.After(now) {
			next = "in " + fmtInterval(s.NextDue.Sub(now).Round(time.Second))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", clip(name, 24), clip(s.URL, 60), fmtInterval(s.Every),
			ago(now, s.LastPoll), ago(now, s.LastNew), next, lastErr)
	}
	return tw.Flush()
}

func runSourcesRm(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "sources rm", "URL|NAME", sourcesAbout)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usageErr("give one URL or NAME")
	}
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	src, err := st.RemoveSource(ctx, args[0])
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no source with URL or name %q (see sitrep sources list)", args[0])
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(g.Stdout, "removed %s\n", sourceLabel(src))
	return nil
}

func sourceLabel(s *store.Source) string {
	if s.Name != "" {
		return s.Name + " " + s.URL
	}
	return s.URL
}

func fmtInterval(d time.Duration) string { return watch.FormatInterval(d) }

// ago says how long before now t was, "-" for never.
func ago(now, t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	d := now.Sub(t).Round(time.Second)
	if d < 0 {
		d = 0
	}
	return fmtInterval(d) + " ago"
}
