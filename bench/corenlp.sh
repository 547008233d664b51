#!/usr/bin/env bash
# CoreNLP engine throughput: bench/corenlp.sh [--ner] [FILE...]
# Default input: the SIGHAN 2005 PKU + MSR test inputs (1.07 MB) from ../shared/eval (read there, never copied).
# Prints load time, chars/s after a warm-up pass, and peak RSS. Needs the models (zhtext models fetch corenlp).
set -euo pipefail
cd "$(dirname "$0")/.."
ner=(); if [[ "${1:-}" == --ner ]]; then ner=(--ner); shift; fi
shared="${ZHTEXT_SHARED:-../shared}"
files=("$@"); [[ ${#files[@]} -gt 0 ]] || files=("$shared/eval/sighan2005_cws/testing/pku_test.utf8" "$shared/eval/sighan2005_cws/testing/msr_test.utf8")
mvn -q -B ${MAVEN_ARGS:-} -DskipTests package test-compile
java -Xmx2g -Dzhtext.corenlp.models="${ZHTEXT_CORENLP_MODELS:-$PWD/models/corenlp}" \
  -cp target/test-classes:target/zhtext.jar org.zhtext.corenlp.bench.CorenlpBench "${ner[@]}" "${files[@]}"
