#!/usr/bin/env bash
# Whole-pipeline benchmark (issue 6): a >= 5 MB corpus of news-like articles generated from samples/,
# `zhtext analyze --threads 2` (all record kinds, JSON Lines written to a file) and `zhtext figures` alone,
# next to bare HanLP (t2s + segmentation with name/place/organization recognition, one thread) on the same
# corpus in the same run. Wall time includes JVM start; peak RSS from GNU time.
# usage: bench/analyze.sh [MB=5] [THREADS=2]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-5}
THREADS=${2:-2}
CORPUS=bench/corpus/news-${MB}mb
OUT=bench/out
mkdir -p "$OUT"
[ -f target/zhtext.jar ] || mvn -q -DskipTests package
[ -d target/test-classes/org/zhtext/bench ] || mvn -q test-compile
[ -d "$CORPUS" ] || python3 bench/make-corpus.py "$CORPUS" "$MB"
echo "corpus: $CORPUS ($(ls "$CORPUS" | wc -l) articles, $(du -sb "$CORPUS" | cut -f1) bytes)"

run() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > "$OUT/$label.out" 2> "$OUT/$label.err" || { cat "$OUT/$label.err"; exit 1; }
  read -r secs kb < "$OUT/time.txt"
  printf '%-34s %8.2f s  %6d MB peak RSS\n' "$label" "$secs" "$((kb / 1024))"
}

JAVA="java -Xmx1g"
run "bare HanLP (1 thread)" $JAVA -cp target/zhtext.jar:target/test-classes org.zhtext.bench.BareHanlp "$CORPUS"
cat "$OUT/bare HanLP (1 thread).out"
run "zhtext analyze (threads=$THREADS)" $JAVA -jar target/zhtext.jar analyze --threads "$THREADS" --no-progress -o "$OUT/analyze.jsonl" "$CORPUS"
tail -1 "$OUT/zhtext analyze (threads=$THREADS).err"
run "zhtext figures (threads=$THREADS)" $JAVA -jar target/zhtext.jar figures --threads "$THREADS" -o "$OUT/figures.jsonl" "$CORPUS"
run "zhtext figures (threads=1)" $JAVA -jar target/zhtext.jar figures --threads 1 -o "$OUT/figures1.jsonl" "$CORPUS"
echo "records: $(wc -l < "$OUT/analyze.jsonl") (analyze), $(wc -l < "$OUT/figures.jsonl") (figures)"
