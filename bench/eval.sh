#!/usr/bin/env bash
# Recomputes the accuracy tables of docs/EVALUATION.md (conversion, segmentation, NER, figures) from DATA_DIR, a
# folder laid out like ../shared/eval (bench/fetch-eval-data.sh builds one from the public upstream repositories).
# It runs the evaluation tests that print those tables, with -Dzhtext.shared pointed at DATA_DIR; a test whose
# data is absent says so on stderr and is skipped. The CoreNLP rows need the CoreNLP models: bench/corenlp-eval.sh.
# The numbers are on third-party test sets, never tuned on (docs/EVALUATION.md says which rows are which).
# usage: bench/eval.sh DATA_DIR [TESTS]   (TESTS: -Dtest= list; default the four evaluation tests below)
#        MVN_FLAGS="-o" by default (offline, dependencies cached); MVN_FLAGS= to allow downloads
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: bench/eval.sh DATA_DIR [TESTS]" >&2; exit 2; }
[ -d "$1" ] || { echo "bench/eval.sh: $1: no such directory" >&2; exit 2; }
data=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
tests="${2:-OpenccEvalTest,SegmentEvalTest,NerEvalTest,FigureEvalTest}"
# the tests read ${zhtext.shared}/eval: a folder whose eval/ is DATA_DIR
shared=$(mktemp -d)
trap 'rm -rf "$shared"' EXIT
ln -s "$data" "$shared/eval"
echo "bench/eval.sh: $tests on $data" >&2
# the tables are the tests' standard output; Maven's own lines are left out
set +e
mvn -B ${MVN_FLAGS--o} test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false -Dzhtext.shared="$shared" \
  | grep -v -E '^\[(INFO|WARNING)\]|^$'
status=${PIPESTATUS[0]}
set -e
exit "$status"
