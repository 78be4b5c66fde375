package main

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/gazetteer"
)

// newExtractor loads the gazetteer index and the actor dictionaries, the
// extraction stage's start-up cost, paid once per command.
func newExtractor(actorsFile string) (*extract.Extractor, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	x, err := extract.New(extract.FromGazetteer(g), extract.Options{ActorsFile: actorsFile})
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	return x, nil
}
