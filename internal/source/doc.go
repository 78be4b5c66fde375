// Package source turns what the user gives `sitrep ingest` (files, folders,
// http(s) URLs, RSS/Atom/JSON feeds, manifests) into raw documents for the
// clean stage. It reads bytes and metadata; it does not decode, clean or
// judge them.
//
// The flow is:
//
//	inputs, skips, errs := source.Expand(args, meta) // command-line INPUTs, files a walk left out
//	more, errs2 := source.ReadManifest(path)       // JSON Lines / CSV manifest
//	loader := &source.Loader{Fetcher: source.NewHTTPFetcher(source.FetchOptions{})}
//	docs, errs3 := loader.Load(ctx, inputs[0])     // 1 document, or 1 per feed item
//
// Every function returns per-input errors beside its good results rather
// than stopping at the first; errors name what failed (path, URL,
// manifest:line, feed item) and read as one line.
//
// # Inputs
//
// Expand passes http(s) URLs through, takes named files as they are and
// walks folders (lexical order, hidden entries skipped, only article-like
// files: see Expand). ReadManifest reads JSON Lines or CSV records with path
// and/or url, published, source and title; see ReadManifest. Dates are read
// by ParseDate.
//
// # Fetching
//
// HTTPFetcher is the Fetcher for real URLs: timeout, size cap, redirect
// limit, User-Agent and Accept headers, conditional GET (ETag /
// Last-Modified in, ErrNotModified out) for `watch`, and by default a
// dial-time refusal of every non-public address (loopback, RFC 1918,
// link-local, CGNAT, unique-local, multicast, unspecified, reserved), so a
// URL cannot be used to reach the machine's own network. FetchOptions
// .AllowPrivate lifts it.
//
// # Kinds
//
// A Document is KindHTML or KindText. For local files the extension decides
// (.html .htm .xhtml .shtml / .txt .text .md .markdown), then sniffing; for
// fetched bodies the Content-Type decides first (text/html,
// application/xhtml+xml / text/plain, text/markdown), then the URL path's
// extension, then sniffing. See KindOf.
//
// # Feeds
//
// Loader.Load recognises feeds by content (SniffFeed), whatever the name or
// Content-Type, and turns each item into a Document: its link fetched, or
// its own content when the link cannot be used and the content is
// substantial. See Loader.Load for how item and user metadata combine.
package source
