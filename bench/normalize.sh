#!/usr/bin/env bash
# Conversion throughput: zhtext's ChineseConverter vs bare OpenCC4j, on >= 5 MB of generated traditional text.
# Usage: bench/normalize.sh [MB]   (from the project root; builds the test classes offline)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile
CP="target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
exec java -Xmx2g -Dfile.encoding=UTF-8 -cp "$CP" org.zhtext.normalize.bench.NormalizeBench "${1:-5}"
