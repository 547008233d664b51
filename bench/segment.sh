#!/bin/sh
# Segmentation throughput: zhtext DocSegmenter + HanlpSegmenter vs bare HanLP StandardTokenizer.segment,
# same generated corpus (>= 5 MB, simplified + traditional), after warm-up. Usage: bench/segment.sh [MB]
set -e
cd "$(dirname "$0")/.."
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
exec java -Xmx2g -cp "$CP" org.zhtext.segment.bench.SegmentBench "${1:-5}"
