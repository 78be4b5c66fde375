package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

func init() {
	register(&command{Name: "articles", Summary: "list stored articles", Run: runArticles})
}

const articlesAbout = `
Lists stored articles, newest publication date first: ID, date (with * when the
date was guessed rather than given or read from the page), outlet, size of the
clean text and title.

Examples:
  sitrep articles
  sitrep articles --outlet "RFE/RL" --since 2021-06-01
  sitrep articles --format json --limit 1000 > articles.json
`

func runArticles(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "articles", "[flags]", articlesAbout)
	format := fs.String("format", "table", "output format: table or json")
	outlet := fs.String("outlet", "", "only articles from this outlet")
	since := fs.String("since", "", "only articles published on or after `DATE`")
	until := fs.String("until", "", "only articles published before `DATE`")
	limit := fs.Int("limit", 100, "at most this many articles")
	offset := fs.Int("offset", 0, "skip this many first")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if err := checkTableOrJSON(*format); err != nil {
		return err
	}
	f := store.ArticleFilter{Outlet: *outlet, Limit: *limit, Offset: *offset}
	for _, d := range []struct {
		name, val string
		dst       *time.Time
	}{{"--since", *since, &f.Since}, {"--until", *until, &f.Until}} {
		if d.val == "" {
			continue
		}
		t, err := source.ParseDate(d.val)
		if err != nil {
			return usageErr("%s %q: %v", d.name, d.val, err)
		}
		*d.dst = t
	}
	st, err := openStored(ctx, g)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.ListArticles(ctx, f)
	if err != nil {
		return err
	}
	if *format == "json" {
		out := make([]api.Article, 0, len(list))
		for i := range list {
			out = append(out, api.NewArticle(&list[i], nil))
		}
		enc := json.NewEncoder(g.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(list) == 0 {
		fmt.Fprintln(g.Stderr, "no articles (add some with: sitrep ingest PATH)")
		return nil
	}
	tw := tabwriter.NewWriter(g.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tLANG\tOUTLET\tCHARS\tTITLE")
	for _, a := range list {
		date := a.Published.Format("2006-01-02")
		if a.DateSource == store.DateGuessed {
			date += "*"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", a.ID, date, a.Language, clip(a.Outlet, 28), a.TextLen, clip(a.Title, 80))
	}
	return tw.Flush()
}
