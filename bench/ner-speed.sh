#!/usr/bin/env bash
# The NER tagger alone, one thread (issue 24 asks >= 500 K chars/s): word keys from given words, features, Viterbi
# over the shipped model (the segmentation is the pipeline's and not counted). Prints "NER tagger: N K chars/s".
# Text: the MSRA dev split when ../shared is present (real news), else built-in sentences. Five rounds, thread CPU
# time each; a few seconds; run it on an idle machine for a fair number. Under the JIT of the test JVM (C2), not
# the launcher's client JIT.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test -Dtest='NerModelTest#taggerSpeed' -Dzhtext.bench=true 2>&1 | grep -E "NER tagger|FAIL|ERROR" || true
