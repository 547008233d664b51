#!/usr/bin/env bash
# Whole-pipeline benchmark (issue 6): a >= 5 MB corpus of news-like articles generated from samples/,
# `zhtext analyze --threads 2` (all record kinds, JSON Lines written to a file) and `zhtext figures` alone,
# next to bare HanLP (t2s + segmentation with name/place/organization recognition, one thread) on the same
# corpus in the same run. zhtext runs twice over: through the launcher bin/zhtext (AppCDS, client JIT, serial
# GC on <= 4 cores: the way to run zhtext) and as plain `java -Xmx1g -jar target/zhtext.jar` (the JVM's
# defaults). Each command runs ROUNDS times, interleaved (this machine's speed drifts); the median wall time
# is reported, with the highest peak RSS (GNU time). Wall time includes JVM start.
# usage: bench/analyze.sh [MB=5] [THREADS=2] [ROUNDS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-5}
THREADS=${2:-2}
ROUNDS=${3:-3}
CORPUS=bench/corpus/news-${MB}mb
OUT=bench/out
mkdir -p "$OUT"
[ -f target/zhtext.jar ] || mvn -q -DskipTests package
[ -d target/test-classes/org/zhtext/bench ] || mvn -q test-compile
[ -d "$CORPUS" ] || python3 bench/make-corpus.py "$CORPUS" "$MB"
echo "corpus: $CORPUS ($(ls "$CORPUS" | wc -l) articles, $(du -sb "$CORPUS" | cut -f1) bytes), threads=$THREADS, rounds=$ROUNDS"
bin/zhtext figures samples/ > /dev/null # creates the launcher's class-data archive once

LABELS=("bare HanLP (1 thread)" "zhtext analyze (bin/zhtext)" "zhtext analyze (java -jar)" "zhtext figures (bin/zhtext)" "zhtext figures (java -jar)")
run() { # index, command...
  local i=$1; shift
  # the previous command's output (up to 200 MB) written to disk first, so that its write-back does not run during
  # this command's timing (it took CPU from whichever command came next: figures after analyze, bare HanLP after figures)
  sync
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > "$OUT/run$i.out" 2> "$OUT/run$i.err" || { cat "$OUT/run$i.err"; exit 1; }
  read -r secs kb < "$OUT/time.txt"
  echo "$secs $kb" >> "$OUT/times$i.txt"
}
rm -f "$OUT"/times*.txt
JAR="java -Xmx1g -jar target/zhtext.jar"
for r in $(seq "$ROUNDS"); do
  run 0 java -Xmx1g -cp target/zhtext.jar:target/test-classes org.zhtext.bench.BareHanlp "$CORPUS"
  # a new output file each round: renaming over the previous round's output would make ext4 write the new file
  # to disk first (auto_da_alloc), which the first round does not pay (about 1.7 s for 780 MB here; README)
  rm -f "$OUT"/analyze.jsonl "$OUT"/analyze-jar.jsonl "$OUT"/figures.jsonl "$OUT"/figures-jar.jsonl
  run 1 bin/zhtext analyze --threads "$THREADS" --no-progress -o "$OUT/analyze.jsonl" "$CORPUS"
  run 2 $JAR analyze --threads "$THREADS" --no-progress -o "$OUT/analyze-jar.jsonl" "$CORPUS"
  run 3 bin/zhtext figures --threads "$THREADS" -o "$OUT/figures.jsonl" "$CORPUS"
  run 4 $JAR figures --threads "$THREADS" -o "$OUT/figures-jar.jsonl" "$CORPUS"
done
cmp -s "$OUT/analyze.jsonl" "$OUT/analyze-jar.jsonl" || { echo "analyze output differs between the two JVM set-ups" >&2; exit 1; }
python3 - "$OUT" "${LABELS[@]}" <<'PY'
import statistics, sys
out, labels = sys.argv[1], sys.argv[2:]
med = []
for i, label in enumerate(labels):
    rows = [l.split() for l in open(f"{out}/times{i}.txt")]
    secs = [float(r[0]) for r in rows]
    m = statistics.median(secs)
    med.append(m)
    print(f"{label:30} {m:6.2f} s median  ({' '.join(f'{s:.2f}' for s in secs)})  {max(int(r[1]) for r in rows) // 1024:5d} MB peak RSS")
print(f"analyze / bare HanLP: {med[1] / med[0]:.2f} (bin/zhtext), {med[2] / med[0]:.2f} (java -jar); target <= 1")
print(f"figures / bare HanLP: {med[3] / med[0]:.2f} (bin/zhtext), {med[4] / med[0]:.2f} (java -jar); target <= 0.25")
PY
tail -1 "$OUT/run1.err"
echo "records: $(wc -l < "$OUT/analyze.jsonl") (analyze), $(wc -l < "$OUT/figures.jsonl") (figures)"
