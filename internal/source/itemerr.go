package source

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// maxItemErrors is how many errors one feed's items give at most, after
// identical reasons are grouped: a feed of 50,000 broken items must not
// print 50,000 lines. The rest are counted in one more error.
const maxItemErrors = 10

// shownItems is how many item numbers a grouped error lists.
const shownItems = 3

// ItemError is a feed item that gave no document.
type ItemError struct {
	N     int    // 1-based position in the feed
	Title string // "" when the item has none
	Err   error  // why
}

func (e *ItemError) Error() string { return e.label() + ": " + e.Err.Error() }
func (e *ItemError) Unwrap() error { return e.Err }

func (e *ItemError) label() string {
	if e.Title == "" {
		return fmt.Sprintf("item %d", e.N)
	}
	return fmt.Sprintf("item %d %q", e.N, clipRunes(e.Title, 80))
}

// ItemsError is several items of one feed that gave no document: for the
// same reason, or (Other) for the various reasons past maxItemErrors.
type ItemsError struct {
	Items []int // their 1-based positions in the feed
	Err   error // the shared reason; with Other, the first item's error
	Other bool
}

func (e *ItemsError) Unwrap() error { return e.Err }

func (e *ItemsError) Error() string {
	if e.Other {
		return fmt.Sprintf("%s more items failed for other reasons (the first: %v)", Thousands(len(e.Items)), e.Err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s items (", Thousands(len(e.Items)))
	for i, n := range e.Items[:min(len(e.Items), shownItems)] {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(n))
	}
	if len(e.Items) > shownItems {
		b.WriteString(", …")
	}
	fmt.Fprintf(&b, "): %v", e.Err)
	return b.String()
}

// FailedItems is how many feed items err stands for: 1 for an ItemError,
// the count of an ItemsError, 0 for an error about no item.
func FailedItems(err error) int {
	var many *ItemsError
	if errors.As(err, &many) {
		return len(many.Items)
	}
	var one *ItemError
	if errors.As(err, &one) {
		return 1
	}
	return 0
}

// groupItemErrors merges the item errors (ItemError, in feed order) that
// give the same reason, and folds the groups past maxItemErrors into one.
func groupItemErrors(errs []error) []error {
	type group struct {
		first *ItemError
		items []int
	}
	var groups []*group
	byReason := map[string]*group{}
	var out []error
	for _, err := range errs {
		var ie *ItemError
		if !errors.As(err, &ie) {
			out = append(out, err)
			continue
		}
		reason := ie.Err.Error()
		g := byReason[reason]
		if g == nil {
			g = &group{first: ie}
			byReason[reason] = g
			groups = append(groups, g)
		}
		g.items = append(g.items, ie.N)
	}
	for i, g := range groups {
		switch {
		case i == maxItemErrors-1 && len(groups) > maxItemErrors:
			rest := &ItemsError{Err: g.first, Other: true}
			for _, r := range groups[i:] {
				rest.Items = append(rest.Items, r.items...)
			}
			return append(out, rest)
		case len(g.items) == 1:
			out = append(out, g.first)
		default:
			out = append(out, &ItemsError{Items: g.items, Err: g.first.Err})
		}
	}
	return out
}

// Thousands writes n with commas between thousands: 50,017.
func Thousands(n int) string {
	if n < 0 {
		return "-" + Thousands(-n)
	}
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
