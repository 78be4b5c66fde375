// Package filter is the one set of filters over events and articles that
// every reader of the database shares: `sitrep events`, `export`,
// `articles` and `alerts` on the command line, /api/events, /api/articles,
// the exports and the feeds on the server, the map page and the MCP tools.
// A filter has one name (the query parameter; the flag is the same name
// with "-" for "_"), one meaning, one check and one error text wherever it
// is given.
//
// # Where each rule lives
//
//	params.go   the filters: name, what it takes, what it means, whether
//	            it applies to events, articles or both, and its check
//	parse.go    reading a set of parameters (a URL query, flags, MCP
//	            arguments) into store.EventFilter or store.ArticleFilter:
//	            unknown names refused, from ≤ to, limits
//	values.go   the value checks shared by several filters: dates, whole
//	            numbers, bounding boxes, language codes, and how a bad
//	            value is quoted in an error (cut, so a 5 MB value is not
//	            echoed whole)
//	flags.go    the filters as command-line flags
package filter
