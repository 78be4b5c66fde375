package source

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// Expand turns command-line INPUTs into Inputs, in the order given, each
// carrying meta:
//
//   - an http:// or https:// URL passes through as it is (it must have a
//     host); a file:// URL becomes its path; other schemes are errors;
//   - a file is taken whatever its name (the user asked for it), its path
//     cleaned;
//   - a directory is walked recursively in lexical order. Hidden entries
//     (name starting with ".") are skipped, files and folders alike, and
//     symbolic links to folders are not followed. A file is taken when it is
//     regular (or a link to one) and its extension is a text one (.txt,
//     .text, .md, .markdown) or an HTML one (.html, .htm, .xhtml, .shtml),
//     or it is .rss/.atom, or .xml and sniffed as a feed, or it has no
//     extension and its first 512 bytes are UTF-8 text. Everything else
//     (.json, .csv, .pdf, images...) is left out, and so are a project's
//     own files (README, LICENSE, CHANGELOG, CONTRIBUTING, NOTICE... with
//     any extension: projectfiles.go). A folder that yields nothing is an
//     error.
//
// Every file a walk leaves out comes back as a Skip naming it and why (a
// hidden folder as one Skip), so that nothing is left out unsaid; a file
// whose head is not text at all (random bytes named .xml, or without an
// extension) is an error, as it would be if named.
//
// Errors name the INPUT and come back beside the good inputs; one bad INPUT
// stops nothing.
func Expand(args []string, meta Meta) ([]Input, []Skip, []error) {
	var ins []Input
	var skips []Skip
	var errs []error
	for _, arg := range args {
		arg = strings.TrimSpace(arg)
		if arg == "" {
			errs = append(errs, errors.New("empty input"))
			continue
		}
		if strings.Contains(arg, "://") {
			u, err := url.Parse(arg)
			switch {
			case err != nil:
				errs = append(errs, fmt.Errorf("%s: bad URL: %w", Shown(arg), unwrapURLError(err)))
				continue
			case strings.EqualFold(u.Scheme, "file"):
				if u.Host != "" && u.Host != "localhost" {
					errs = append(errs, fmt.Errorf("%s: file URL on another host", Shown(arg)))
					continue
				}
				arg = filepath.FromSlash(u.Path)
			case isHTTPURL(arg):
				if u.Host == "" {
					errs = append(errs, fmt.Errorf("%s: URL has no host", Shown(arg)))
					continue
				}
				ins = append(ins, Input{Origin: arg, Meta: meta})
				continue
			default:
				errs = append(errs, fmt.Errorf("%s: unsupported URL scheme %q (want http or https)", Shown(arg), Shown(u.Scheme)))
				continue
			}
		}
		p := filepath.Clean(arg)
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", Shown(arg), pathErr(err)))
			continue
		}
		if !fi.IsDir() {
			ins = append(ins, Input{Origin: p, Meta: meta})
			continue
		}
		found, wskips, werrs := walkDir(p, meta)
		skips = append(skips, wskips...)
		errs = append(errs, werrs...)
		if len(found) == 0 && len(werrs) == 0 {
			errs = append(errs, fmt.Errorf("%s: folder has no articles (looked for .txt, .md, .html, .htm, .rss, .atom and feed .xml files, leaving out README, LICENSE and other project files)", arg))
		}
		ins = append(ins, found...)
	}
	return ins, skips, errs
}

// Skip is a file a folder's walk left out, and why.
type Skip struct {
	Path string
	Why  string
}

func (s Skip) String() string { return s.Path + ": skipped, " + s.Why }

// walkDir lists the article files under root, and the files it leaves out.
func walkDir(root string, meta Meta) ([]Input, []Skip, []error) {
	var ins []Input
	var skips []Skip
	var errs []error
	skip := func(p, why string) { skips = append(skips, Skip{Path: p, Why: why}) }
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, pathErr(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				skip(p, "a hidden folder (name a file in it as an INPUT to read it)")
				return fs.SkipDir
			}
			skip(p, "a hidden file (name it as an INPUT to read it)")
			return nil
		}
		if d.IsDir() {
			return nil
		}
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", p, pathErr(err)))
				return nil
			}
			mode = fi.Mode().Type()
		}
		if !mode.IsRegular() {
			skip(p, "not a regular file")
			return nil
		}
		why, err := wantFile(p)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("%s: %w", p, pathErr(err)))
		case why != "":
			skip(p, why)
		default:
			ins = append(ins, Input{Origin: p, Meta: meta})
		}
		return nil
	})
	if err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", root, pathErr(err)))
	}
	return ins, skips, errs
}

// wantFile decides whether a walked file is an article, reading its head
// only when the name and extension do not decide: "" when it is, else why
// it is left out. A head that is not text is an error (ErrBinary).
func wantFile(p string) (string, error) {
	const named = " (name it as an INPUT to read it)"
	if isProjectFile(filepath.Base(p)) {
		return "a project file, not an article" + named, nil
	}
	ext := strings.ToLower(filepath.Ext(p))
	switch {
	case textExts[ext], htmlExts[ext], ext == ".rss", ext == ".atom":
		return "", nil
	case ext == ".xml":
		head, err := readHead(p, sniffLen)
		if err != nil || SniffFeed(head) != NotFeed {
			return "", err
		}
		if err := SniffBinary(head); err != nil {
			return "", err
		}
		return "XML that is not an RSS or Atom feed" + named, nil
	case ext == "":
		head, err := readHead(p, 512)
		if err != nil || looksText(head) {
			return "", err
		}
		if len(head) == 0 {
			return "an empty file", nil
		}
		if err := SniffBinary(head); err != nil {
			return "", err
		}
		return "no extension, and its start is not plain text" + named, nil
	}
	return "not an article's kind of file (" + ext + ")" + named, nil
}

func readHead(p string, n int) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, n)
	m, err := io.ReadFull(f, buf)
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		err = nil
	}
	return buf[:m], err
}

// pathErr drops the operation and path from an *fs.PathError: the caller
// names the path itself.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// unwrapURLError drops the operation and URL from a *url.Error: the caller
// names the URL itself.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
