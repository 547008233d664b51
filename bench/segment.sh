#!/bin/sh
# Segmentation throughput: zhtext DocSegmenter + HanlpSegmenter vs bare HanLP StandardTokenizer.segment,
# same generated corpus (>= 5 MB, simplified + traditional), after warm-up. Usage: bench/segment.sh [MB]
set -e
cd "$(dirname "$0")/.."
mvn -q -o test-compile
CP="target/test-classes:target/classes:$(find ~/.m2/repository/com/hankcs/hanlp/portable-1.8.6 ~/.m2/repository/com/github/houbb -name '*.jar' | tr '\n' ':')"
exec java -Xmx2g -cp "$CP" org.zhtext.segment.bench.SegmentBench "${1:-5}"
