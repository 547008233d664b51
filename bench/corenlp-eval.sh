#!/usr/bin/env bash
# CoreNLP accuracy with the project's harnesses: SIGHAN 2005 PKU/MSR/CityU, UD GSDSimp, MSRA NER (bare and with
# zhtext's entity rules). Reads ../shared/eval (never copied). Takes several minutes; needs the CoreNLP models.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MAVEN_ARGS:-} -DskipTests package test-compile
java -Xmx2g -Dzhtext.corenlp.models="${ZHTEXT_CORENLP_MODELS:-$PWD/models/corenlp}" \
  -cp target/test-classes:target/zhtext.jar org.zhtext.corenlp.bench.CorenlpEval "${ZHTEXT_SHARED:-../shared}"
