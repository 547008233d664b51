#!/usr/bin/env bash
# Issue 24's second library, for comparison only (not shipped): trains Apache OpenNLP 2.5.4's name finder (default
# feature generators, MAXENT, chars as tokens, plus zhtext's HanLP word/POS features as additional context) on the
# training data of bench/train-ner.sh, and prints dev F1 per type and tagging speed for it and for the shipped HanLP
# perceptron model (OpenNlpNerComparison; docs/EVALUATION.md, docs/MODEL.md). One training thread.
# usage: bench/train-ner-opennlp.sh [EVERY=1] [ITERATIONS=100] [CUTOFF=5] [FEATURES=words|chars] [HANLP_MODEL]
#   (HANLP_MODEL: the perceptron to compare with, default the shipped one; for a subset, train one on the same
#   subset: bench/train-ner.sh /tmp/sub.bin 12 1 2 msra,weibo,cluener words EVERY)
#   (EVERY k: every k-th training sentence, a subset; ZHTEXT_SHARED: the shared folder, default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ZHTEXT_SHARED:-../shared}"
DATA="$SHARED/train/ner"
[ -f "$DATA/msra/train.tsv" ] || { echo "train-ner-opennlp: $DATA/msra/train.tsv absent" >&2; exit 2; }
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-test.cp >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-test.cp)"
java -Xmx8g -XX:ActiveProcessorCount=1 -cp "$CP" org.zhtext.ner.OpenNlpNerComparison "$DATA" "${1:-1}" "${2:-100}" "${3:-5}" "${4:-words}" ${5:+"$5"}
