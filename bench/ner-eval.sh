#!/usr/bin/env bash
# Rules-only, model-only, model + rules and "lexicon removed" rows (docs/EVALUATION.md, docs/MODEL.md) on the
# dev splits of ../shared/train/ner, the upstream Weibo and CLUENER dev files and zhtext's news-wire sets.
# usage: bench/ner-eval.sh [SET...]   (a SET: a BIO file or dev:CORPUS; default: the dev sets and news-wire sets;
#        never pass the ../shared/eval test sets while tuning)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ZHTEXT_SHARED:-../shared}"
export ZHTEXT_SHARED="$SHARED"
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
if [ $# -eq 0 ]; then
  set -- dev:msra dev:weibo dev:cluener "$SHARED/train/ner/weibo/dev.tsv" "$SHARED/train/ner/cluener/dev.tsv" \
    src/test/resources/ner/newswire-tuned.bio src/test/resources/ner/newswire-heldout.bio
fi
java -Xmx3g -cp "$CP" org.zhtext.entities.bench.NerModelTable "$@"
