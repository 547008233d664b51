#!/usr/bin/env bash
# Learns the character clusters of the NER tagger's cluster features (org.zhtext.ner.CharClusters: exchange
# algorithm, two-sided class bigram model; docs/MODEL.md "Feature and setting choices") from the training text of
# ../shared/train/ner (msra, weibo, cluener train.tsv minus the hash dev split; labels ignored). Deterministic: the
# same data gives the same file byte for byte. About a minute on one core.
# usage: bench/char-clusters.sh [OUT=models/ner/char-clusters.txt] [SIZES=16,64,256] [MIN_COUNT=2]
#   (ZHTEXT_SHARED: the shared folder, default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ZHTEXT_SHARED:-../shared}"
DATA="$SHARED/train/ner"
[ -f "$DATA/msra/train.tsv" ] || { echo "char-clusters: $DATA/msra/train.tsv absent" >&2; exit 2; }
mvn -q -o compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="target/classes:$(cat target/bench.cp)"
java -Xmx2g -XX:ActiveProcessorCount=1 -cp "$CP" org.zhtext.ner.CharClusters "$DATA" "${1:-models/ner/char-clusters.txt}" \
  "${2:-16,64,256}" "${3:-2}"
sha256sum "${1:-models/ner/char-clusters.txt}"
