#!/usr/bin/env bash
# Cost of the tariff events in `analyze` (issue 25: analyze stays within 5% of its time without them). Builds a
# copy of HEAD in which pipeline/FigureRows skips the TariffExtractor (no events, figures flagged as before the
# events existed), then runs `bin/zhtext analyze --threads THREADS` of both on the bench/analyze.sh corpus,
# alternating, ROUNDS times, the order of the two swapped every round. Reports the median CPU time (user+sys, the measure that drifts least on a shared
# machine) and wall time of each, and the median of the per-round ratios.
# usage: bench/tariffs-cost.sh [MB=5] [THREADS=2] [ROUNDS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-5}
THREADS=${2:-2}
ROUNDS=${3:-5}
CORPUS=$PWD/bench/corpus/news-${MB}mb
OUT=$PWD/bench/out/tariffs-cost
mkdir -p "$OUT"
[ -d "$CORPUS" ] || python3 bench/make-corpus.py "$CORPUS" "$MB"
[ -f target/zhtext.jar ] || mvn -q -DskipTests package
BASE=$OUT/without-tariffs
rm -rf "$BASE" && mkdir -p "$BASE"
git archive HEAD | tar -x -C "$BASE"
ln -s "$PWD/models/corenlp" "$BASE/models/corenlp" 2>/dev/null || true
# the one line that runs the extractor: replaced by an empty result of the same shape
sed -i 's|TariffExtractor.Result events = tariffs.extract(a.text(), r.figures());|TariffExtractor.Result events = new TariffExtractor.Result(java.util.List.of(), new boolean[r.figures().size()]);|' \
  "$BASE/src/main/java/org/zhtext/pipeline/FigureRows.java"
grep -q 'new TariffExtractor.Result(java.util.List.of()' "$BASE/src/main/java/org/zhtext/pipeline/FigureRows.java" \
  || { echo "tariffs-cost: FigureRows no longer has the line this script replaces" >&2; exit 2; }
(cd "$BASE" && mvn -q -o -DskipTests package 2>/dev/null || mvn -q -DskipTests package)
for launcher in bin/zhtext "$BASE/bin/zhtext"; do "$launcher" figures samples/ > /dev/null; done # class-data archives
rm -f "$OUT"/times-*.txt
# one untimed run of each first: the first run after a build pays for cold page caches (jar, corpus), which
# would otherwise fall on whichever side runs first in round 1
for launcher in bin/zhtext "$BASE/bin/zhtext"; do
  "$launcher" analyze --threads "$THREADS" --no-progress -o /dev/null "$CORPUS" 2> /dev/null
done
for r in $(seq "$ROUNDS"); do
  # the order alternates (with, without; then without, with): this machine's speed drifts within a run, and a
  # fixed order would hand the drift to one side
  order="with without"
  [ $((r % 2)) = 0 ] && order="without with"
  for side in $order; do
    launcher=bin/zhtext
    [ "$side" = without ] && launcher=$BASE/bin/zhtext
    rm -f "$OUT/$side.jsonl"
    /usr/bin/time -f "%e %U %S" -o "$OUT/time.txt" "$launcher" analyze --threads "$THREADS" --no-progress \
      -o "$OUT/$side.jsonl" "$CORPUS" 2> "$OUT/$side.err" || { cat "$OUT/$side.err"; exit 1; }
    read -r wall user sys < "$OUT/time.txt"
    awk -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN { print w, u + s }' >> "$OUT/times-$side.txt"
  done
done
python3 - "$OUT" <<'PY'
import statistics, sys
out = sys.argv[1]
rows = {s: [tuple(map(float, l.split())) for l in open(f"{out}/times-{s}.txt")] for s in ("with", "without")}
for s in ("without", "with"):
    print(f"analyze {s:7} tariffs: CPU {statistics.median(r[1] for r in rows[s]):6.2f} s median, "
          f"wall {statistics.median(r[0] for r in rows[s]):6.2f} s median  (CPU {' '.join(f'{r[1]:.2f}' for r in rows[s])})")
cpu = [a[1] / b[1] for a, b in zip(rows["with"], rows["without"])]
wall = [a[0] / b[0] for a, b in zip(rows["with"], rows["without"])]
print(f"with / without, per round: CPU {' '.join(f'{x:.3f}' for x in cpu)} (median {statistics.median(cpu):.3f}); "
      f"wall median {statistics.median(wall):.3f}; budget 1.05")
PY
