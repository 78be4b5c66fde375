package source

import "strings"

// projectFileNames are the files that come with a folder of code or data
// rather than being its articles: a folder walk leaves them out, whatever
// their extension (README.md, LICENSE.txt, CHANGELOG), so that ingesting an
// examples/ folder does not code events from its instructions. Named
// explicitly as an INPUT, such a file is taken like any other. (GNU's NEWS
// file is not listed: "news.txt" may well be an article.)
var projectFileNames = map[string]bool{
	"readme": true, "license": true, "licence": true, "copying": true, "notice": true,
	"changelog": true, "changes": true, "contributing": true, "contributors": true, "authors": true, "maintainers": true,
	"code_of_conduct": true, "security": true, "citation": true,
}

// isProjectFile reports whether a file name (no folder) is a project file:
// its stem (the name up to the first dot) is one of projectFileNames, alone
// or followed by "-" or "_" and a qualifier (LICENSE-MIT, README_fr.md).
// Case does not matter.
func isProjectFile(name string) bool {
	stem, _, _ := strings.Cut(strings.ToLower(name), ".")
	if projectFileNames[stem] {
		return true
	}
	if i := strings.IndexAny(stem, "-_"); i > 0 {
		return projectFileNames[stem[:i]]
	}
	return false
}
