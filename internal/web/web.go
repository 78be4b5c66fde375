// Package web holds the map page that `sitrep serve` serves: plain HTML,
// CSS and JavaScript, with Leaflet, Leaflet.markercluster, topojson-client and world-atlas's
// country outlines copied from node_modules into static/vendor by
// `make web` (and committed, so a plain `go build` needs no npm). Nothing
// is fetched from the internet at run time.
package web

import (
	"embed"
	"io/fs"
)

//go:embed static
var files embed.FS

// Static is the page's files: index.html at the root, the rest beside it.
func Static() fs.FS {
	sub, err := fs.Sub(files, "static")
	if err != nil {
		panic(err)
	}
	return sub
}
