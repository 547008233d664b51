#!/usr/bin/env bash
# The NER tagger alone, one thread (issue 24 asks >= 500 K chars/s): word keys from given words, features, Viterbi
# over the shipped model (the segmentation is the pipeline's and not counted). Prints "NER tagger: N K chars/s".
# Short (a few seconds of tagging); run it on an idle machine for a fair number.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test -Dtest='NerModelTest#taggerSpeed' 2>&1 | grep -E "NER tagger|FAIL|ERROR" || true
