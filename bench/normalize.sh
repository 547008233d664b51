#!/usr/bin/env bash
# Conversion speed: cold start per target (fresh JVMs: dictionaries loaded on first use), then throughput of
# zhtext's ChineseConverter vs bare OpenCC4j on >= 5 MB of generated traditional/simplified text.
# Usage: bench/normalize.sh [MB]   (from the project root; builds the test classes offline)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile
CP="target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
for t in simplified "simplified phrases" traditional tw "tw phrases" hk opencc4j; do
  java -Dfile.encoding=UTF-8 -cp "$CP" org.zhtext.normalize.bench.NormalizeStartup $t
done
exec java -Xmx2g -Dfile.encoding=UTF-8 -cp "$CP" org.zhtext.normalize.bench.NormalizeBench "${1:-5}"
