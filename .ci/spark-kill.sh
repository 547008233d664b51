#!/usr/bin/env bash
# Kills the Spark job (org.zhtext.spark.AnalyzeJob, local[2], CSV) with kill -9 at random points while it replaces
# an existing output, and checks that every table directory under the output is then, before any recovery, either
# exactly the old table (byte for byte) or exactly the new one (same rows, _SUCCESS, nothing else), or absent only
# in the documented window of a swap (between its two renames, after the commit marker); then runs the recovery
# (org.zhtext.spark.OutputCommit, what the next job run does first) and checks that the tables are all old (a kill
# before the commit marker) or all new (after it), with no staging left.
#   .ci/spark-kill.sh [RUNS=10]      (SPARK_KILL_SEED=N for a given sequence of delays, SPARK_KILL_DELAY_MS=N for
#   one fixed delay, SPARK_KILL_JAVA_OPTS for more options of the killed runs' JVM)
# One line per run, a total; exit 1 on any violation. About 1.5 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
RANDOM=${SPARK_KILL_SEED:-$$}
t_start=$(date +%s%N)

# the packaged jar and Spark's jars (Maven's copies), rebuilt only when missing or older than the sources
if [[ ! -f target/zhtext.jar || -n $(find src/main pom.xml -newer target/zhtext.jar -type f -print -quit) ]]; then
  mvn -q ${MAVEN_ARGS:-} -DskipTests package
fi
if [[ ! -f target/spark.classpath || pom.xml -nt target/spark.classpath ]]; then
  mvn -q ${MAVEN_ARGS:-} dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark.classpath
fi
cp="target/zhtext.jar:$(cat target/spark.classpath)"
# shellcheck disable=SC2046
read -r -a jvm <<< "$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)"
jvm+=(-XX:TieredStopAtLevel=1 -Dspark.master='local[2]' -Dspark.ui.enabled=false)
# more options for the killed runs' JVM, e.g. SPARK_KILL_JAVA_OPTS=-Dzhtext.spark.test.haltAt=tables-assembled
read -r -a extra <<< "${SPARK_KILL_JAVA_OPTS:-}"

work=$(mktemp -d "${TMPDIR:-/tmp}/zhtext-spark-kill.XXXXXX")
trap 'rm -rf "$work"' EXIT
out=$work/out

# old inputs: samples/; new: one sample changed and a binary file added (an error row), so that every table differs
mkdir -p "$work/old-in" "$work/new-in"
cp samples/* "$work/old-in/"
cp samples/* "$work/new-in/"
first=$(ls "$work/new-in" | head -1)
printf '\n美国总统特朗普周五表示，对华关税将再上调25%%，涉及约3000亿美元商品。\n' >> "$work/new-in/$first"
printf 'a\0b' > "$work/new-in/zz-binary.txt"

job() { # job OUT INPUTS: the job in its own JVM, stderr to $work/job.log
  java "${jvm[@]}" -cp "$cp" org.zhtext.spark.AnalyzeJob --format csv --output-dir "$1" "$2" 2> "$work/job.log"
}
rows() { # the rows of a CSV table: part files' lines but their headers, sorted; hashed
  find "$1" -maxdepth 1 -name 'part-*.csv' -exec tail -q -n +2 {} + | LC_ALL=C sort | sha256sum | cut -c1-16
}
files() { # a table's files (names and bytes)
  (cd "$1" && find . -type f | LC_ALL=C sort | xargs -r sha256sum) | sha256sum | cut -c1-16
}
only_parts() { # nothing in a table directory but part files and _SUCCESS
  [[ -f $1/_SUCCESS && -z $(find "$1" -mindepth 1 ! -name 'part-*.csv' ! -name _SUCCESS -print -quit) ]]
}
tables=(documents tokens entities figures tariffs errors)

# the reference outputs, and the new run's duration (the range of the random delays)
job "$work/ref-old" "$work/old-in" || { cat "$work/job.log"; exit 1; }
t0=$(date +%s%N)
job "$work/ref-new" "$work/new-in" || [[ $? == 1 ]] || { cat "$work/job.log"; exit 1; }
duration_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
declare -A old_files old_rows new_rows
for t in "${tables[@]}"; do
  old_files[$t]=$(files "$work/ref-old/$t"); old_rows[$t]=$(rows "$work/ref-old/$t"); new_rows[$t]=$(rows "$work/ref-new/$t")
  [[ ${old_rows[$t]} != "${new_rows[$t]}" ]] || { echo "spark-kill: old and new $t are the same: change the inputs"; exit 1; }
done
echo "spark-kill: a run takes ${duration_ms} ms; $runs runs killed with kill -9 after a random 0-${duration_ms} ms (every other run 0-2 s after its staging appears)"

state() { # state DIR TABLE: old, new, absent or partial
  local d=$1/$2
  if [[ ! -e $d ]]; then echo absent
  elif [[ $(files "$d") == "${old_files[$2]}" ]]; then echo old
  elif only_parts "$d" && [[ $(rows "$d") == "${new_rows[$2]}" ]]; then echo new
  else echo partial; fi
}

violations=0
declare -A outcomes phases
for ((i = 1; i <= runs; i++)); do
  rm -rf "$out"; cp -a "$work/ref-old" "$out"
  # odd runs: anywhere in the run; even runs: 0-2 s after the job's staging directory appears (its tasks write
  # there, then the driver assembles and swaps the tables: the part of the run that the commit protocol is about)
  delay_ms=${SPARK_KILL_DELAY_MS:-$(( (RANDOM * 32768 + RANDOM) % (duration_ms + 1) ))}
  after_staging=$(( i % 2 == 0 && ${SPARK_KILL_DELAY_MS:-0} == 0 ))
  java "${jvm[@]}" "${extra[@]}" -cp "$cp" org.zhtext.spark.AnalyzeJob --format csv --output-dir "$out" "$work/new-in" 2> "$work/job.log" &
  pid=$!
  started=$(date +%s%N)
  deadline=$(( started + delay_ms * 1000000 ))
  if (( after_staging )); then
    while kill -0 "$pid" 2> /dev/null && [[ -z $(find "$out/_temporary" -mindepth 1 -maxdepth 1 -name 'zhtext-*' 2> /dev/null | head -1) ]]; do sleep 0.01; done
    deadline=$(( $(date +%s%N) + (RANDOM % 2000) * 1000000 ))
  fi
  while kill -0 "$pid" 2> /dev/null && (( $(date +%s%N) < deadline )); do sleep 0.02; done
  kill -9 "$pid" 2> /dev/null && killed=killed || killed=finished
  at_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  rc=0; wait "$pid" 2> /dev/null || rc=$?
  # where the kill landed, from what the job left
  phase="before staging"
  staging=$(find "$out/_temporary" -mindepth 1 -maxdepth 1 -name 'zhtext-*' 2> /dev/null | head -1 || true)
  if [[ -n $staging ]]; then
    if [[ -e $staging/_COMMITTED ]]; then phase="during swap"; else phase="tasks or assembly"; fi
  elif [[ $killed == finished ]]; then phase="after the job"
  elif [[ $(state "$out" documents) == new ]]; then phase="after the commit"
  fi
  bad=""
  [[ $killed == killed || $rc == 0 || $rc == 1 || $rc == 86 ]] || bad+=" the job failed by itself (status $rc): $(tail -1 "$work/job.log")"
  phases[$phase]=$(( ${phases[$phase]:-0} + 1 ))
  before=""
  for t in "${tables[@]}"; do
    s=$(state "$out" "$t")
    before+=" $t=$s"
    case $s in
      old|new) ;;
      absent) [[ -n $staging && -e $staging/_COMMITTED && -e $staging/old/$t && -e $staging/tables/$t ]] || bad+=" $t absent outside a swap" ;;
      *) bad+=" $t partial" ;;
    esac
  done
  # recovery (what the next run does first), then all old or all new
  java -cp "$cp" org.zhtext.spark.OutputCommit "$out" 2> "$work/recover.log" || bad+=" recovery failed: $(cat "$work/recover.log")"
  after=$(for t in "${tables[@]}"; do state "$out" "$t"; done | sort -u | tr '\n' ' ')
  after=${after% }
  [[ $after == old || $after == new ]] || bad+=" after recovery: $after"
  [[ ! -e $out/_temporary ]] || bad+=" staging left after recovery"
  [[ -z $(find "$out" -name '*.crc' -print -quit) ]] || bad+=" .crc files"
  outcomes[$after]=$(( ${outcomes[$after]:-0} + 1 ))
  if [[ -n $bad ]]; then violations=$((violations + 1)); verdict="VIOLATION:$bad"; else verdict=ok; fi
  printf 'spark-kill: run %2d: %s at %5d ms (%s);%s; after recovery: all %s; %s\n' "$i" "$killed" "$at_ms" "$phase" "$before" "$after" "$verdict"
done
secs=$(( ($(date +%s%N) - t_start) / 1000000000 ))
landed=$(for p in "before staging" "tasks or assembly" "during swap" "after the commit" "after the job"; do printf '%s %d, ' "$p" "${phases[$p]:-0}"; done)
echo "spark-kill: $runs runs, $violations violations; kills landed: ${landed%, }; after recovery ${outcomes[old]:-0} all old, ${outcomes[new]:-0} all new; ${secs} s"
[[ $violations == 0 ]]
