#!/usr/bin/env bash
# Chooses the NER model's pruning (bench/train-ner.sh PRUNE; docs/MODEL.md "Pruning"): for each k, the model pruned
# at k (keys whose 16-bit weights are all within +-k dropped; -1: none), its key count and overall F1 model only /
# model + rules on the dev sets (NerPruneEval). Dev sets only: never pass newswire-heldout.bio or ../shared/eval.
# usage: bench/ner-prune.sh [MODEL=models/ner/ner.bin] [K...=-1 100 200 250 300 400 500 1000]
#   (NER_PRUNE_WRITE=DIR: also writes each pruned model to DIR/ner-K.bin, e.g. for bench/ner-ab.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ZHTEXT_SHARED:-../shared}"
export ZHTEXT_SHARED="$SHARED"
[ -f "$SHARED/train/ner/msra/train.tsv" ] || { echo "ner-prune: $SHARED/train/ner absent" >&2; exit 2; }
MODEL="${1:-models/ner/ner.bin}"
shift || true
[ $# -gt 0 ] || set -- -1 100 200 250 300 400 500 1000
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
SETS="dev:msra,dev:weibo,dev:cluener,$SHARED/train/ner/weibo/dev.tsv,$SHARED/train/ner/cluener/dev.tsv,src/test/resources/ner/newswire-tuned.bio"
java -Xmx3g -cp "$CP" org.zhtext.entities.bench.NerPruneEval "$MODEL" "$SETS" "$@"
