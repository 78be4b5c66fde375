package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/api"
	"github.com/sitrep/sitrep/internal/filter"
	"github.com/sitrep/sitrep/internal/store"
)

func init() {
	register(&command{Name: "articles", Summary: "list stored articles", Run: runArticles})
}

const articlesAbout = `
Lists stored articles, newest publication date first: ID, date (with * when the
date was guessed rather than given or read from the page), language, outlet,
size of the clean text and title. At most 100 unless --limit says otherwise.
The filters are those of 'sitrep events' that apply to articles, with the same
names and checks (from and to are the publication day).

Examples:
  sitrep articles
  sitrep articles --outlet "RFE/RL" --from 2021-06-01 --to 2021-06-30
  sitrep articles --language ru
  sitrep articles --format json --limit 1000 > articles.json
`

func runArticles(ctx context.Context, g *globals, args []string) error {
	fs := newFlags(g, "articles", "[flags]", articlesAbout)
	format := fs.String("format", "table", "output format: table or json")
	q := filter.AddFlags(fs, filter.ForArticles)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if err := checkTableOrJSON(*format); err != nil {
		return err
	}
	f, err := filter.Articles(q)
	if err != nil {
		return usageErr("%v", err)
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
		n, err := st.CountArticles(ctx)
		switch {
		case err != nil:
			return err
		case n == 0:
			fmt.Fprintln(g.Stderr, "no articles (add some with: sitrep ingest PATH)")
		case f.Offset > 0:
			fmt.Fprintf(g.Stderr, "no articles past offset %d; the database holds %d\n", f.Offset, n)
		default:
			fmt.Fprintf(g.Stderr, "no articles match these filters; the database holds %d\n", n)
		}
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
