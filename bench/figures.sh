#!/usr/bin/env bash
# Figure extractor throughput on ~6 MB of generated news-like text (chars/s per thread after warm-up).
# Usage: bench/figures.sh [megabytes=6] [threads=1] [rounds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests test-compile
CP="target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
exec java -Xmx1g -cp "$CP" org.zhtext.figures.bench.FigureBench "$@"
