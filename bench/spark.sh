#!/usr/bin/env bash
# Spark job benchmark (issue 18): one corpus (default 20 MB, bench/make-corpus.py) through
#   - the CLI:   bin/zhtext analyze --threads 2 --format jsonl --output-dir DIR
#   - the Spark job (org.zhtext.spark.AnalyzeJob) in local[1] and local[2] writing Parquet (its default), and in
#     local[2] writing JSON Lines (the CLI's format, through the CLI's own renderer: the same output work)
# reporting wall time (JVM and Spark start included), rows written, rows per second, the job's own time (from its
# summary line: after the Spark session is up), and the CLI's throughput against Spark's (target: local[2] >= 0.7x
# the CLI's rows/s; with several rounds: the median of the rounds' ratios, each round's runs made one after the
# other, as the machine may drift between rounds) and local[1] -> local[2] scaling. Each run checks that the job wrote as many rows per table as
# the CLI. Spark comes from $SPARK_HOME/bin/spark-submit when SPARK_HOME is set, else from Maven's copy of the
# provided dependency (java -cp target/zhtext.jar:<Spark's jars>, with the JVM options Spark's launcher adds).
# The job's JVM gets bin/zhtext's settings: the client JIT only and serial GC on <= 4 cores (about half the CPU
# time of the default JIT on this 2-core machine), -XX:MetaspaceSize=256m (Spark's ~19,000 classes otherwise
# trigger 4-6 full collections while they load), and a class-data archive of the classes a run loads
# (target/spark-cds.jsa, made by one run on samples/ when missing or older than the jar; SPARK_CDS=0: none), as
# bin/zhtext keeps one for the CLI: loading Spark's classes from ~300 jars costs 3-4 s of a run. SPARK_JAVA_OPTS
# replaces the JIT and GC settings (e.g. SPARK_JAVA_OPTS= for the JVM's defaults).
# usage: bench/spark.sh [MB=20] [ROUNDS=1]     (SPARK_MEM=2g: heap of the local-mode JVM)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-20}
ROUNDS=${2:-1}
CORPUS=bench/corpus/news-${MB}mb
OUT=bench/out/spark
MEM=${SPARK_MEM:-2g}
cores=$(nproc 2>/dev/null || echo 1)
tuning="-XX:TieredStopAtLevel=1 -XX:MetaspaceSize=256m"
[ "$cores" -le 4 ] && tuning="$tuning -XX:+UseSerialGC"
TUNING=${SPARK_JAVA_OPTS-$tuning}
mkdir -p "$OUT"
[ -f target/zhtext.jar ] || mvn -q -DskipTests package
[ -d "$CORPUS" ] || python3 bench/make-corpus.py "$CORPUS" "$MB"
if [ -z "${SPARK_HOME:-}" ]; then
  CP=target/spark.classpath
  if [ ! -f "$CP" ] || [ pom.xml -nt "$CP" ]; then
    mvn -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$CP"
  fi
  JVM_OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)
fi
echo "corpus: $CORPUS ($(find "$CORPUS" -type f | wc -l) articles, $(du -sb "$CORPUS" | cut -f1) bytes), rounds=$ROUNDS," \
  "spark: ${SPARK_HOME:-spark-sql from Maven, $(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml)}, job JVM: ${TUNING:-defaults}"
bin/zhtext figures samples/ > /dev/null # creates the launcher's class-data archive once
CDS=()
if [ "${SPARK_CDS:-1}" != 0 ] && [ -z "${SPARK_HOME:-}" ]; then
  JSA=target/spark-cds.jsa
  if [ ! -f "$JSA" ] || [ target/zhtext.jar -nt "$JSA" ] || [ "$CP" -nt "$JSA" ]; then
    rm -f "$JSA"
    # shellcheck disable=SC2086
    java $JVM_OPTS $TUNING -XX:ArchiveClassesAtExit="$JSA" -Xlog:cds=off -Xlog:cds+dynamic=off -Xmx"$MEM" \
      -Dspark.master='local[2]' -Dspark.ui.enabled=false -cp "target/zhtext.jar:$(cat "$CP")" org.zhtext.spark.AnalyzeJob \
      --output-dir "$OUT/cds" samples/ > /dev/null 2>&1 || true
  fi
  [ -f "$JSA" ] && CDS=(-XX:SharedArchiveFile="$JSA" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
echo "class-data archive for the job's JVM: ${CDS[0]:-none}"

spark_cmd() { # cores, format, output dir: sets CMD to the job's command
  if [ -n "${SPARK_HOME:-}" ]; then
    CMD=("$SPARK_HOME/bin/spark-submit" --master "local[$1]" --driver-memory "$MEM" --driver-java-options "$TUNING"
      --conf spark.ui.enabled=false --class org.zhtext.spark.AnalyzeJob target/zhtext.jar --format "$2" --output-dir "$3" "$CORPUS")
  else
    # shellcheck disable=SC2206
    CMD=(java $JVM_OPTS $TUNING "${CDS[@]}" -Xmx"$MEM" -Dspark.master="local[$1]" -Dspark.ui.enabled=false
      -cp "target/zhtext.jar:$(cat "$CP")" org.zhtext.spark.AnalyzeJob --format "$2" --output-dir "$3" "$CORPUS")
  fi
}

LABELS=("zhtext analyze --threads 2 (bin/zhtext)" "Spark job, local[1], Parquet" "Spark job, local[2], Parquet"
  "Spark job, local[2], JSON Lines")
run() { # index, command...
  local i=$1; shift
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > "$OUT/run$i.out" 2> "$OUT/run$i.err" || { tail -20 "$OUT/run$i.err"; exit 1; }
  read -r secs kb < "$OUT/time.txt"
  job=$(grep -o 'articles, [0-9]* failed, [0-9]* chars, [0-9.]* s' "$OUT/run$i.err" | awk '{print $(NF-1)}')
  echo "$secs $kb ${job:-0}" >> "$OUT/times$i.txt"
}
rm -f "$OUT"/times*.txt
for r in $(seq "$ROUNDS"); do
  rm -rf "$OUT/cli" "$OUT/local1" "$OUT/local2" "$OUT/local2-jsonl"
  run 0 bin/zhtext analyze --threads 2 --no-progress --format jsonl --output-dir "$OUT/cli" "$CORPUS"
  spark_cmd 1 parquet "$OUT/local1"
  run 1 "${CMD[@]}"
  spark_cmd 2 parquet "$OUT/local2"
  run 2 "${CMD[@]}"
  spark_cmd 2 jsonl "$OUT/local2-jsonl"
  run 3 "${CMD[@]}"
done
# rows per table: the CLI's files, the job's summary line ("rows: {documents=N, tokens=N, ...}")
cli_rows=$(for t in documents tokens entities figures errors; do echo -n "$t=$(wc -l < "$OUT/cli/$t.jsonl"), "; done | sed 's/, $//')
for i in 1 2 3; do
  job_rows=$(grep -o 'rows: {[^}]*}' "$OUT/run$i.err" | sed 's/rows: {//; s/}//')
  [ "$job_rows" = "$cli_rows" ] || { echo "row counts differ: CLI {$cli_rows}, ${LABELS[$i]} {$job_rows}" >&2; exit 1; }
done
python3 - "$OUT" "$cli_rows" "${LABELS[@]}" <<'PY'
import re, statistics, sys
out, cli_rows, labels = sys.argv[1], sys.argv[2], sys.argv[3:]
rows = sum(int(x.split("=")[1]) for x in cli_rows.split(", "))
med, job = [], {}
for i, label in enumerate(labels):
    t = [l.split() for l in open(f"{out}/times{i}.txt")]
    secs = [float(x[0]) for x in t]
    m = statistics.median(secs)
    med.append(m)
    extra = ""
    if i > 0:
        job[i] = statistics.median(float(x[2]) for x in t)
        extra = f"  job {job[i]:6.2f} s (wall - job: {m - job[i]:5.2f} s; medians)"
    print(f"{label:42} {m:7.2f} s  {rows / m:9.0f} rows/s  {max(int(x[1]) for x in t) // 1024:5d} MB peak RSS{extra}")
print(f"rows: {rows} ({cli_rows})")
# the machine may drift between rounds: each round's ratio compares runs made one after the other
secs = [[float(l.split()[0]) for l in open(f"{out}/times{i}.txt")] for i in range(len(labels))]
def rounds(i):
    r = [c / s for c, s in zip(secs[0], secs[i])]
    return f"{statistics.median(r):.2f} (rounds: {', '.join(f'{x:.2f}' for x in r)})"
print(f"Spark local[2] / CLI throughput, median of the rounds' ratios: Parquet {rounds(2)}, JSON Lines {rounds(3)}"
      f" (target >= 0.7); local[1] / CLI: {rounds(1)}")
print(f"ratios of the median times: Parquet {med[0] / med[2]:.2f}, JSON Lines {med[0] / med[3]:.2f}, local[1] {med[0] / med[1]:.2f}")
print(f"local[1] -> local[2] scaling: {med[1] / med[2]:.2f}x wall, {job[1] / job[2]:.2f}x job time")
PY
