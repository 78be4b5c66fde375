package source

// MaxShownLen is the most characters of a URL, path or field value an
// error message repeats: enough to recognise it, while a 5 MB URL given by
// mistake (or on purpose) must not come back whole in every line.
const MaxShownLen = 200

// Shown is s as a message repeats it: cut to MaxShownLen characters,
// ending in "…" when cut.
func Shown(s string) string { return clipRunes(s, MaxShownLen) }
