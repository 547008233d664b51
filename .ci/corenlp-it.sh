#!/usr/bin/env bash
# CoreNLP integration tests (org.zhtext.corenlp.*IT): fetches the Chinese models into models/corenlp when that
# folder is incomplete (one 1.58 GB streamed download, ~0.5 GB kept), then runs the ITs in one JVM with a 2 GB heap.
# Usage: .ci/corenlp-it.sh [MODELS_DIR]      (MAVEN_ARGS, e.g. "-o", is passed to every mvn call)
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(realpath -m "${1:-${ZHTEXT_CORENLP_MODELS:-models/corenlp}}")"
mvn -q -B ${MAVEN_ARGS:-} -DskipTests package
java -jar target/zhtext.jar models fetch corenlp --dir "$dir"   # leaves a complete folder alone
mvn -q -B ${MAVEN_ARGS:-} -Pcorenlp-it test -Dcorenlp.models.dir="$dir"
