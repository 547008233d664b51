#!/usr/bin/env bash
# Reliability checks that need the packaged jar (org.zhtext.cli.InterruptIT): SIGINT during
# `analyze --output-dir` leaves no half-written table and no .part file; `zhtext … | head -1` ends quietly.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q ${MAVEN_ARGS:-} -DskipTests package
# -Dtest overrides surefire's exclusion of *IT
mvn -B ${MAVEN_ARGS:-} surefire:test -Dtest=InterruptIT

# the jar away from a checkout reads its packed models (lexicons listed from the jar's own entries)
away=$(mktemp -d)
cp target/zhtext.jar "$away/"
printf '民主党议员表示。\n' > "$away/a.txt"
(cd "$away" && java -jar zhtext.jar entities --verbose a.txt 2> err.txt > out.jsonl) || { cat "$away/err.txt"; exit 1; }
grep -q 'lexicon: [1-9][0-9]* entries read' "$away/err.txt" || { echo "jar away from a checkout read no lexicon:"; cat "$away/err.txt"; exit 1; }
echo "jar away from a checkout: $(grep -o 'lexicon: [0-9]* entries read' "$away/err.txt")"
rm -rf "$away"
