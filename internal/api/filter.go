package api

// MaxLimit is the most events one /api/events page returns.
const MaxLimit = 1000

// DefaultLimit is the page size when none is asked for.
const DefaultLimit = 100

// pageLimit is the page size of a listing asked for limit (0: not asked).
func pageLimit(limit int) int {
	if limit == 0 {
		return DefaultLimit
	}
	return min(limit, MaxLimit)
}
