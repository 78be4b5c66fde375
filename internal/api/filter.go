package api

// MaxLimit is the most events one /api/events page returns.
const MaxLimit = 1000

// DefaultLimit is the page size when none is asked for.
const DefaultLimit = 100
