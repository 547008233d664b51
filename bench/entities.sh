#!/usr/bin/env bash
# Entity pipeline throughput (HanLP + lexicon + rules) over the MSRA test sentences, and the MSRA P/R/F1 table.
# Usage: bench/entities.sh [threads]    (needs ../shared beside the checkout; builds test classes offline)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ZHTEXT_SHARED:-../shared}"
BIO="$SHARED/eval/ner_msra/msra_test_bio.txt"
[ -f "$BIO" ] || { echo "entities bench: $BIO absent" >&2; exit 2; }
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
java -Xmx2g -cp "$CP" org.zhtext.entities.bench.EntitiesBench "$BIO" "${1:-1}"
java -Xmx2g -cp "$CP" org.zhtext.entities.bench.NerTable "$BIO"
