package filter

import (
	"flag"
	"net/url"
	"slices"
)

// AddFlags defines the filters of scope as flags of fs. Each flag sets its
// query parameter in the returned values, so that Events or Articles
// checks a flag exactly as the API checks the parameter. skip names
// filters the command defines itself (a limit with its own default).
func AddFlags(fs *flag.FlagSet, scope Scope, skip ...string) url.Values {
	q := url.Values{}
	for _, p := range Params {
		if p.Scope&scope == 0 || slices.Contains(skip, p.Name) {
			continue
		}
		usage := p.Usage
		if scope == ForArticles && p.ArticleUsage != "" {
			usage = p.ArticleUsage
		}
		name := p.Name
		if p.Arg == "" {
			fs.BoolFunc(p.Flag(), usage, func(s string) error { q.Set(name, s); return nil })
			continue
		}
		fs.Func(p.Flag(), usage, func(s string) error { q.Set(name, s); return nil })
	}
	for alias, name := range aliases {
		if known(name, scope) && !slices.Contains(skip, name) {
			fs.Func(Param{Name: alias}.Flag(), "the same as --"+Param{Name: name}.Flag(), func(s string) error { q.Set(name, s); return nil })
		}
	}
	return q
}
