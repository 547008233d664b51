#!/usr/bin/env bash
# Huge inputs under a 1 GB heap: a single-line article of MB megabytes (default 30) and a folder of N small
# articles (default 20000), each run through `figures` and `analyze` with /usr/bin/time -v; prints exit
# status, wall time and peak RSS. Inputs are generated from samples/ into a temporary folder (never git).
# usage: bench/huge.sh [MB] [N]      (builds target/zhtext.jar when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-30}"; N="${2:-20000}"
[ -f target/zhtext.jar ] || mvn -q -o -DskipTests package
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
python3 - "$TMP/line" "$MB" <<'PY'
import re, sys
from pathlib import Path
out, mb = Path(sys.argv[1]), float(sys.argv[2])
sents = []
for p in sorted(Path("samples").glob("*.txt")):
    if "gb18030" in p.name or "big5" in p.name:
        continue
    sents += [s.strip() for s in re.findall(r"[^。！？\n]+[。！？]", p.read_text("utf-8"))]
out.mkdir(parents=True)
body, size, i = [], 0, 0
while size < mb * 1_000_000:
    s = sents[i % len(sents)]; i += 1
    body.append(s); size += len(s.encode())
(out / "one-line.txt").write_text("".join(body) + "\n", "utf-8")
PY
python3 bench/make-corpus.py "$TMP/many" --articles "$N" >/dev/null
echo "inputs: $(du -sh "$TMP/line" | cut -f1) single line; $N articles, $(du -sh "$TMP/many" | cut -f1)"
printf '%-9s %-10s %5s %10s %14s %12s\n' command input exit wall peak_rss_mb output_lines
for cmd in figures analyze; do
  for input in line many; do
    /usr/bin/time -v -o "$TMP/time" java -Xmx1g -jar target/zhtext.jar "$cmd" --no-progress "$TMP/$input" \
      >"$TMP/out" 2>"$TMP/err" && rc=0 || rc=$?
    wall=$(grep 'Elapsed (wall' "$TMP/time" | awk '{print $NF}')
    rss=$(grep 'Maximum resident' "$TMP/time" | awk '{printf "%.0f", $NF/1024}')
    printf '%-9s %-10s %5s %10s %14s %12s\n' "$cmd" "$input" "$rc" "$wall" "$rss" "$(wc -l <"$TMP/out")"
    if grep -q -e OutOfMemoryError -e 'Exception' "$TMP/err"; then echo "  stderr:"; head -5 "$TMP/err"; fi
  done
done
