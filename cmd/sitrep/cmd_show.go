package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/store"
)

func init() {
	register(&command{Name: "show", Summary: "show one article's metadata and clean text", Run: runShow})
}

const showAbout = `
Prints an article's metadata and its clean text. ID may be any unique prefix of
the ID that 'sitrep articles' lists. --raw prints the input exactly as it was
read (the HTML page or text file), which sitrep keeps compressed.

Examples:
  sitrep show 3f2a9c
  sitrep show --format json 3f2a9c01d4e5b6a7
  sitrep show --raw 3f2a9c > page.html
`

func runShow(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "show", "[flags] ID", showAbout)
	format := fs.String("format", "text", "output format: text or json")
	raw := fs.Bool("raw", false, "print the original input bytes instead")
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usageErr("give exactly one article ID")
	}
	if *format != "text" && *format != "json" {
		return usageErr("--format must be text or json, not %q", *format)
	}
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := st.GetArticle(ctx, args[0])
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no article with ID %s (see sitrep articles)", args[0])
	}
	if err != nil {
		return err
	}
	switch {
	case *raw:
		_, err = g.Stdout.Write(a.Raw)
		return err
	case *format == "json":
		enc := json.NewEncoder(g.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(api.NewArticle(a, nil))
	}
	date := a.Published.Format("2006-01-02")
	fmt.Fprintf(g.Stdout, "ID:         %s\nTitle:      %s\nOutlet:     %s\nPublished:  %s (%s)\nOrigin:     %s\n",
		a.ID, a.Title, a.Outlet, date, a.DateSource, a.Origin)
	lang := a.Language
	if n := languageName(lang); n != lang {
		lang += " (" + n + ")"
	}
	if uncodedLanguage(a.Language) {
		lang += ", not coded yet: events are not extracted from its words"
	}
	for _, kv := range [][2]string{{"URL", a.URL}, {"Author", a.Author}, {"Language", lang}} {
		if kv[1] != "" {
			fmt.Fprintf(g.Stdout, "%-11s %s\n", kv[0]+":", kv[1])
		}
	}
	fmt.Fprintf(g.Stdout, "Fetched:    %s\n\n%s\n", a.FetchedAt.Format("2006-01-02 15:04:05 MST"), a.Text)
	return nil
}
