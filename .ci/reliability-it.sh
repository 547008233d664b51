#!/usr/bin/env bash
# Reliability checks that need the packaged jar (org.zhtext.cli.InterruptIT): SIGINT during
# `analyze --output-dir` leaves no half-written table and no .part file; `zhtext … | head -1` ends quietly.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q ${MAVEN_ARGS:-} -DskipTests package
# -Dtest overrides surefire's exclusion of *IT
mvn -B ${MAVEN_ARGS:-} surefire:test -Dtest=InterruptIT
