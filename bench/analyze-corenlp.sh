#!/usr/bin/env bash
# `zhtext analyze --engine corenlp` on a >= 200 KB generated corpus (all record kinds, JSON Lines written),
# with wall time and peak RSS; needs the CoreNLP models (zhtext models fetch corenlp).
# usage: bench/analyze-corenlp.sh [KB=200] [THREADS=2]
set -euo pipefail
cd "$(dirname "$0")/.."
KB=${1:-200}
THREADS=${2:-2}
CORPUS=bench/corpus/news-${KB}kb
OUT=bench/out
mkdir -p "$OUT"
[ -f target/zhtext.jar ] || mvn -q -DskipTests package
java -jar target/zhtext.jar models fetch corenlp
[ -d "$CORPUS" ] || python3 bench/make-corpus.py "$CORPUS" "$(echo "$KB / 1000" | bc -l)"
echo "corpus: $CORPUS ($(ls "$CORPUS" | wc -l) articles, $(du -sb "$CORPUS" | cut -f1) bytes)"
/usr/bin/time -f "%e %M" -o "$OUT/time.txt" java -Xmx3g -jar target/zhtext.jar analyze --engine corenlp \
  --threads "$THREADS" --no-progress -o "$OUT/analyze-corenlp.jsonl" "$CORPUS" 2> "$OUT/analyze-corenlp.err"
read -r secs kb < "$OUT/time.txt"
tail -1 "$OUT/analyze-corenlp.err"
printf 'zhtext analyze --engine corenlp (threads=%s): %.2f s wall, %d MB peak RSS, %d records\n' \
  "$THREADS" "$secs" "$((kb / 1024))" "$(wc -l < "$OUT/analyze-corenlp.jsonl")"
