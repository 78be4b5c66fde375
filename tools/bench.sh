#!/usr/bin/env bash
# Runs sitrep against the peer benchmarks in ../shared/bench and the seeds,
# and prints one table per benchmark with sitrep's figures beside the
# baselines and published figures from each benchmark's README.
# Usage: tools/bench.sh [SHARED_DIR]   (make bench)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
b=$shared/bench
[ -d "$b" ] || { echo "bench: no benchmarks at $b" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/sitrep" ./cmd/sitrep
s=$tmp/sitrep

# secs CMD...: runs CMD, prints its wall time in seconds on fd 3.
secs() { local t0 t1; t0=$(date +%s.%N); "$@"; t1=$(date +%s.%N); echo "$t0 $t1" | awk '{printf "%.2f", $2-$1}' >&3; }
field() { sed -n "s/.*$1 \([0-9.]*\).*/\1/p" | head -n1; }

echo "# How sitrep measures up"
echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | awk '{print $3}'), sitrep $(git rev-parse --short HEAD 2>/dev/null || echo dev)"

# --- seeds
"$s" --db "$tmp/seeds.db" ingest --quiet --manifest "$shared/seeds/manifest.jsonl"
"$s" --db "$tmp/seeds.db" events --format json > "$tmp/seeds.json"
echo
echo "## Seeds (hand-coded reference events, ../shared/eval)"
echo
echo '```'
python3 "$shared/eval/score.py" "$shared/eval/seeds.gold.json" "$tmp/seeds.json" | tail -n1
echo '```'

# --- cleaning
if [ -d "$b/cleaning" ]; then
  mkdir -p "$tmp/clean1" "$tmp/clean2"
  t1=$( { GOMAXPROCS=1 secs "$s" clean --workers 1 --out "$tmp/clean1" "$b"/cleaning/pages/*.html; } 3>&1 >/dev/null)
  t2=$( { secs "$s" clean --out "$tmp/clean2" "$b"/cleaning/pages/*.html; } 3>&1 >/dev/null)
  out=$(python3 "$b/cleaning/score.py" "$tmp/clean1")
  line=$(echo "$out" | grep '^pages ')
  com=$(echo "$out" | sed -n 's/^reader-comment snippets kept: \([0-9]*\/[0-9]*\).*/\1/p')
  n=$(ls "$b"/cleaning/pages/*.html | wc -l)
  echo
  echo "## Cleaning (bench/cleaning: $n pages, trafilatura's evaluation set)"
  echo
  echo "| extractor | precision | recall | F1 | comment snippets kept | pages/s (1 core) |"
  echo "| --- | --- | --- | --- | --- | --- |"
  printf "| **sitrep clean** | %s | %s | %s | %s | %s (%s on %s cores) |\n" \
    "$(echo "$line" | field precision)" "$(echo "$line" | field recall)" "$(echo "$line" | field f1)" "$com" \
    "$(awk -v n="$n" -v t="$t1" 'BEGIN{printf "%.0f", n/t}')" "$(awk -v n="$n" -v t="$t2" 'BEGIN{printf "%.0f", n/t}')" "$(nproc)"
  echo "| go-trafilatura v1.12.2 (README) | 0.894 | 0.916 | 0.905 | 31/219 | 74 |"
  echo "| python-readability 0.8.1 (README) | 0.889 | 0.856 | 0.872 | 5/219 | 50 |"
  echo "| all visible text (README) | 0.530 | 0.999 | 0.693 | 158/219 | 120 |"
fi

# --- geoparse
if [ -d "$b/geoparse" ]; then
  python3 "$b/geoparse/score.py" --blind "$b/geoparse/gold.jsonl" > "$tmp/tasks.jsonl"
  tg=$( { secs "$s" places --in "$tmp/tasks.jsonl"; } 3>&1 >"$tmp/places.jsonl")
  ro=$(python3 "$b/geoparse/score.py" --resolve-only "$b/geoparse/gold.jsonl" "$tmp/places.jsonl")
  python3 -c 'import json,sys
for l in sys.stdin:
    o=json.loads(l); o.pop("toponyms",None); print(json.dumps(o))' < "$tmp/tasks.jsonl" > "$tmp/plain.jsonl"
  "$s" places --in "$tmp/plain.jsonl" > "$tmp/e2e.jsonl"
  e2e=$(python3 "$b/geoparse/score.py" "$b/geoparse/gold.jsonl" "$tmp/e2e.jsonl")
  full=$(echo "$ro" | grep '^resolve-only')
  pub=$(echo "$ro" | grep '^resolved only')
  e2eline=$(echo "$e2e" | tail -n1)
  echo
  echo "## Geoparsing (bench/geoparse: GeoVirus, 229 articles, 2,167 toponyms)"
  echo
  echo "| system | acc@161 | median km | AUC | country | detected |"
  echo "| --- | --- | --- | --- | --- | --- |"
  printf "| **sitrep places**, gold spans (resolve-only, all toponyms) | %s | %s | %s | %s | %s |\n" \
    "$(echo "$full" | field 'acc@161')" "$(echo "$full" | field median_km)" "$(echo "$full" | field auc)" "$(echo "$full" | field country)" "$(echo "$full" | field detected)"
  printf "| **sitrep places**, gold spans, resolved only (as published) | %s | %s | %s | | |\n" \
    "$(echo "$pub" | field 'acc@161')" "$(echo "$pub" | field median_km)" "$(echo "$pub" | field auc)"
  printf "| **sitrep places**, own recogniser (end to end) | %s | %s | %s | %s | %s |\n" \
    "$(echo "$e2eline" | field 'acc@161')" "$(echo "$e2eline" | field median_km)" "$(echo "$e2eline" | field auc)" "$(echo "$e2eline" | field country)" "$(echo "$e2eline" | field detected)"
  echo "| CamCoder (published) | 0.82 | | 0.31 | | |"
  echo "| Edinburgh Geoparser (published) | 0.78 | | 0.33 | | |"
  echo "| GeoNames population baseline (published) | 0.80 | | 0.32 | | |"
  echo "| oracle GeoNames point (published ceiling) | 0.88 | | 0.27 | | |"
  echo
  echo "Load and resolve, all 229 articles: ${tg}s."
fi

# --- dates
if [ -d "$b/dates" ]; then
  python3 "$b/dates/score.py" --blind --split all > "$tmp/dt.jsonl"
  td=$( { secs "$s" dates --in "$tmp/dt.jsonl"; } 3>&1 >"$tmp/dp.jsonl")
  nexp=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["dates"]) for l in open(sys.argv[1])))' "$tmp/dp.jsonl")
  plat=$(python3 "$b/dates/score.py" "$tmp/dp.jsonl" --split platinum --types DATE,TIME | tail -n1)
  aq=$(python3 "$b/dates/score.py" "$tmp/dp.jsonl" --split aquaint --types DATE,TIME | tail -n1)
  dpp=$(python3 "$b/dates/score.py" "$b/dates/baselines/dateparser-en.pred.jsonl" --split platinum --types DATE,TIME | tail -n1)
  echo
  echo "## Dates (bench/dates: TempEval-3, DATE+TIME)"
  echo
  echo "| system | split | relaxed F1 | strict F1 | value F1 | day-or-coarser acc |"
  echo "| --- | --- | --- | --- | --- | --- |"
  for row in "sitrep dates|platinum|$plat" "sitrep dates|AQUAINT|$aq" "dateparser search_dates (stored run)|platinum|$dpp"; do
    IFS='|' read -r name split l <<<"$row"
    printf "| %s | %s | %s | %s | %s | %s |\n" "$name" "$split" "$(echo "$l" | field 'relaxed f1')" "$(echo "$l" | field 'strict f1')" "$(echo "$l" | field 'value f1')" "$(echo "$l" | field 'day-or-coarser acc')"
  done
  echo "| HeidelTime (published, all types) | platinum | | | 0.776 | |"
  echo "| SUTime (published, all types) | platinum | | | 0.674 | |"
  echo
  echo "93 documents: ${td}s including start-up, $nexp expressions found."
fi

# --- fusion
if [ -d "$b/fusion" ]; then
  python3 "$b/fusion/make_manifest.py" "$tmp/fusion" --violent >/dev/null 2>&1
  "$s" --db "$tmp/fusion.db" ingest --quiet --manifest "$tmp/fusion/manifest.jsonl" 2>/dev/null || true
  "$s" --db "$tmp/fusion.db" events --format json > "$tmp/fusion/events.json"
  fl=$(python3 "$b/fusion/score.py" "$b/fusion/docs.jsonl" "$tmp/fusion/events.json" --manifest "$tmp/fusion/manifest.jsonl" | tail -n1)
  echo
  echo "## Fusion (bench/fusion: ECB+, violent subset, 292 articles, 26 incidents)"
  echo
  echo '```'
  echo "sitrep:                 $fl"
  echo "topic-all (README):     docs 292, pairwise f1 0.674, b3 f1 0.693, lookalike merges 13/13"
  echo "tfidf-0.30 (README):    docs 292, pairwise f1 0.606, b3 f1 0.664, lookalike merges 0/13"
  echo '```'
fi

# --- ucdp: real coded events, several outlets' headlines each
if [ -d "$b/ucdp" ]; then
  python3 "$b/ucdp/make_manifest.py" "$tmp/ucdp" >/dev/null 2>&1
  "$s" --db "$tmp/ucdp.db" ingest --quiet --manifest "$tmp/ucdp/manifest.jsonl" 2>/dev/null || true
  "$s" --db "$tmp/ucdp.db" events --format json --limit 1000000 > "$tmp/ucdp/events.json"
  ul=$(python3 "$b/ucdp/score.py" "$b/ucdp/data.jsonl" "$tmp/ucdp/events.json" | tail -n1)
  echo
  echo "## Fusion and coding on real events (bench/ucdp: UCDP GED sample and 2026 candidates, headlines as articles)"
  echo
  echo "merged: UCDP events with several headlines whose headlines all sit in one sitrep event;"
  echo "false merges: pairs of different UCDP events (same country, within 3 days) that one sitrep event joins."
  echo
  echo '```'
  echo "sitrep:                 $ul"
  echo "keyword (README):       events 1.000, date1 0.778, country 0.593, admin1 0.220, km50 0.138, deaths 0.270, merged 0, false merges 0"
  echo "goal (README):          merged >= 0.90 of multi-headline events, false merges <= 1% of pairs"
  echo '```'
fi
