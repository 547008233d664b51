#!/usr/bin/env bash
# Paired speed of the NER decoder of another build (OLD_JAR, e.g. a copy of target/zhtext.jar built at an earlier
# commit) against this build's, alternated in one JVM, thread CPU time, over the MSRA dev split's text
# (NerDecoderAB; issue 24). pipe: segment + tag on both sides. JIT: the test JVM's default (C2); the launcher's
# settings with NER_AB_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC". The first 3 rounds are warm-up.
# usage: bench/ner-ab.sh OLD_JAR [OLD_MODEL=models/ner/ner.bin] [NEW_MODEL=models/ner/ner.bin] [ROUNDS=12] [pipe]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f "${1:-}" ] || { echo "usage: bench/ner-ab.sh OLD_JAR [OLD_MODEL] [NEW_MODEL] [ROUNDS] [pipe]" >&2; exit 2; }
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
java -Xmx3g ${NER_AB_JAVA_OPTS:-} -cp "$CP" org.zhtext.ner.NerDecoderAB "$1" "${2:-models/ner/ner.bin}" "${3:-models/ner/ner.bin}" \
  "${4:-12}" "${5:-}"
