#!/usr/bin/env bash
# Each entity rule's effect on the default path (the trained tagger, rules on top; issue 24 item 3): model + rules,
# then one rule off at a time (EntityRules.Rule, and the coordinated country abbreviations), F1 / P / R and the
# change. Table in docs/EVALUATION.md.
# usage: bench/ner-rules.sh [SET...]   (a SET: a BIO file or dev:CORPUS; default: the MSRA dev split, the Weibo and
#        CLUENER dev files and the news-wire tuned set; never pass the test or held-out sets while tuning)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ZHTEXT_SHARED:-../shared}"
export ZHTEXT_SHARED="$SHARED"
[ -f "$SHARED/train/ner/msra/train.tsv" ] || echo "ner-rules: $SHARED/train/ner absent: only the news-wire set is scored" >&2
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
if [ $# -eq 0 ]; then
  if [ -f "$SHARED/train/ner/msra/train.tsv" ]; then
    set -- dev:msra "$SHARED/train/ner/cluener/dev.tsv" "$SHARED/train/ner/weibo/dev.tsv" src/test/resources/ner/newswire-tuned.bio
  else
    set -- src/test/resources/ner/newswire-tuned.bio
  fi
fi
java -Xmx3g -XX:ActiveProcessorCount=1 -cp "$CP" org.zhtext.entities.bench.NerRuleTable "$@"
