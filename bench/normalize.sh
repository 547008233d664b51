#!/usr/bin/env bash
# Conversion speed, in two parts.
# 1. In-process (skipped with ROUNDS-only runs, see below): cold start per target (fresh JVMs: dictionaries
#    loaded on first use), then throughput of zhtext's ChineseConverter vs bare OpenCC4j on >= MB megabytes of
#    generated traditional/simplified text.
# 2. Whole processes (issue 28), when Node and npm are present: one ~7.07 M-character Taiwan-traditional file
#    (bench/corpus/normalize-tw.txt: every article of samples/ in Taiwan forms, repeated) converted to simplified
#    by `bin/zhtext normalize --to s`, by opencc-js (npm, installed into a temporary folder;
#    Converter({from:'tw', to:'cn'}), read file, write file) and by plain `java -jar target/zhtext.jar`, in
#    alternating rounds (this machine's speed drifts). Reports the median wall time and peak RSS (GNU time) of
#    each, the median of the per-round ratios zhtext/opencc-js, and checks the outputs are the same bytes.
# usage: bench/normalize.sh [MB=5] [ROUNDS=5]    (from anywhere; MB=0 skips part 1)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-5}
ROUNDS=${2:-5}
if [ "$MB" != 0 ]; then
  mvn -q -o test-compile
  CP="target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
  for t in simplified "simplified phrases" traditional tw "tw phrases" hk opencc4j; do
    java -Dfile.encoding=UTF-8 -cp "$CP" org.zhtext.normalize.bench.NormalizeStartup $t
  done
  java -Xmx2g -Dfile.encoding=UTF-8 -cp "$CP" org.zhtext.normalize.bench.NormalizeBench "$MB"
fi

if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "node/npm not found: whole-process comparison with opencc-js skipped"
  exit 0
fi
[ -f target/zhtext.jar ] || mvn -q -o -DskipTests package
OUT=bench/out
mkdir -p "$OUT" bench/corpus
CORPUS=bench/corpus/normalize-tw.txt
if [ ! -f "$CORPUS" ]; then
  java -jar target/zhtext.jar normalize --no-progress --to tw --phrases -j 1 samples/ > "$OUT/tw-articles.txt"
  python3 - "$OUT/tw-articles.txt" "$CORPUS" <<'EOF'
import sys
src = open(sys.argv[1], encoding='utf-8').read()
target = 7_070_000
s = (src * (target // len(src) + 1))[:target]
open(sys.argv[2], 'w', encoding='utf-8').write(s[:s.rfind('\n') + 1])
EOF
fi
echo "corpus: $CORPUS ($(python3 -c "import sys; print(len(open(sys.argv[1], encoding='utf-8').read()))" "$CORPUS") chars, $(stat -c %s "$CORPUS") bytes), rounds=$ROUNDS"

NODE_DIR=$(mktemp -d)
trap 'rm -rf "$NODE_DIR"' EXIT
(cd "$NODE_DIR" && npm init -y > /dev/null && npm install --silent --no-audit --no-fund opencc-js > /dev/null)
cat > "$NODE_DIR/convert.mjs" <<'EOF'
import * as OpenCC from 'opencc-js';
import { readFileSync, writeFileSync } from 'node:fs';
const [,, input, output] = process.argv;
writeFileSync(output, OpenCC.Converter({ from: 'tw', to: 'cn' })(readFileSync(input, 'utf8')));
EOF
echo "opencc-js $(node -p "require('$NODE_DIR/node_modules/opencc-js/package.json').version"), node $(node --version)"
bin/zhtext normalize --no-progress samples/ > /dev/null # creates the launcher's class-data archive once

LABELS=("zhtext normalize (bin/zhtext)" "opencc-js (node)" "zhtext normalize (java -jar)")
rm -f "$OUT"/ntimes*.txt
run() { # index, output file, command...
  local i=$1 o=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > "$OUT/nrun$i.err" 2>&1 || { cat "$OUT/nrun$i.err"; exit 1; }
  read -r secs kb < "$OUT/time.txt"
  echo "$secs $kb" >> "$OUT/ntimes$i.txt"
}
for r in $(seq "$ROUNDS"); do
  run 0 "$OUT/zhtext-s.txt" sh -c 'exec bin/zhtext normalize --no-progress --to s "$1" > "$2"' _ "$CORPUS" "$OUT/zhtext-s.txt"
  run 1 "$OUT/opencc-js-s.txt" node "$NODE_DIR/convert.mjs" "$CORPUS" "$OUT/opencc-js-s.txt"
  run 2 "$OUT/zhtext-jar-s.txt" sh -c 'exec java -jar target/zhtext.jar normalize --no-progress --to s "$1" > "$2"' _ "$CORPUS" "$OUT/zhtext-jar-s.txt"
done
cmp "$OUT/zhtext-s.txt" "$OUT/opencc-js-s.txt" && cmp "$OUT/zhtext-jar-s.txt" "$OUT/opencc-js-s.txt" \
  && echo "outputs: the same $(stat -c %s "$OUT/zhtext-s.txt") bytes"
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
for i in 0 1 2; do
  secs=$(cut -d' ' -f1 "$OUT/ntimes$i.txt" | median)
  peak=$(cut -d' ' -f2 "$OUT/ntimes$i.txt" | sort -n | tail -1)
  printf "%-32s median %6.2f s   peak RSS %5d MB   (runs: %s)\n" "${LABELS[$i]}" "$secs" $((peak / 1024)) "$(cut -d' ' -f1 "$OUT/ntimes$i.txt" | tr '\n' ' ')"
done
for i in 0 2; do
  ratio=$(paste -d' ' "$OUT/ntimes$i.txt" "$OUT/ntimes1.txt" | awk '{print $1 / $3}' | median)
  printf "%-32s median ratio to opencc-js (per round): %.2fx\n" "${LABELS[$i]}" "$ratio"
done
