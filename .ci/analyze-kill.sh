#!/usr/bin/env bash
# Kills `zhtext analyze --skip-unchanged STATE --output-dir OUT` with kill -9 at random points while it replaces the
# tables of an earlier run (an incremental run: most inputs unchanged and carried over, some changed, deleted, added),
# and checks that
#   1. every table under OUT is then either exactly the old table or exactly the new one (byte for byte), and the
#      state file either the old one or the new one (never a half-written file under a final name);
#   2. the next run, the same command run to its end, leaves tables byte-identical to a full run on the new inputs
#      (a state saved before the tables were in place would make it carry stale rows; a table replaced with fewer rows
#      would show here) and no stale .part file of the killed run.
#   .ci/analyze-kill.sh [RUNS=10]      (ANALYZE_KILL_SEED=N for a given sequence of delays)
# One line per run and a total; exit 1 on any violation. About a minute on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
RANDOM=${ANALYZE_KILL_SEED:-$$}
t_start=$(date +%s%N)
if [[ ! -f target/zhtext.jar || -n $(find src/main pom.xml -newer target/zhtext.jar -type f -print -quit) ]]; then
  mvn -q ${MAVEN_ARGS:-} -DskipTests package
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/zhtext-analyze-kill.XXXXXX")
trap 'rm -rf "$work"' EXIT

# old inputs: the samples 30 times over (300 articles: a run long enough to be killed while it writes);
# new inputs: 5 changed, 3 deleted, 2 added, the rest unchanged (same bytes and mtimes), in the same folder
mkdir -p "$work/in"
for i in $(seq -w 1 30); do
  for f in samples/*; do cp -p "$f" "$work/in/$i-$(basename "$f")"; done
done
tables=(documents.csv tokens.csv entities.csv figures.csv tariffs.csv errors.csv)

zhtext() { java -XX:TieredStopAtLevel=1 -jar target/zhtext.jar "$@"; }
# the old tables and state (a first run of the old inputs), then the new inputs, and the reference new tables (a full
# run of the new inputs)
mkdir -p "$work/old"
zhtext analyze --format csv --skip-unchanged "$work/old/state.json" --output-dir "$work/old/out" "$work/in" 2>"$work/log" || { cat "$work/log"; exit 1; }
mapfile -t all < <(ls "$work/in" | grep -E -- '-0[1-5]-' | LC_ALL=C sort)   # UTF-8 texts: a line can be appended
for k in 3 40 77 120 149; do printf '\n美方宣布将对该类产品的关税上调至60%%，自12月15日起生效。\n' >> "$work/in/${all[$k]}"; done
for k in 10 11 100; do rm "$work/in/${all[$k]}"; done
printf '欧盟将于2026年1月1日起对中国电动汽车加征10%%关税。\n' > "$work/in/zz-new-1.txt"
printf '中方宣布暂停对美加征24%%关税一年。\n' > "$work/in/zz-new-2.txt"
zhtext analyze --format csv --output-dir "$work/new-ref" "$work/in" 2>"$work/log" || { cat "$work/log"; exit 1; }
# the length of an uninterrupted incremental run: the range of the random delays
cp -a "$work/old" "$work/try"
t0=$(date +%s%N)
zhtext analyze --format csv --skip-unchanged "$work/try/state.json" --output-dir "$work/try/out" "$work/in" 2>"$work/log" || { cat "$work/log"; exit 1; }
span=$(( ($(date +%s%N) - t0) / 1000000 ))
for t in "${tables[@]}"; do cmp -s "$work/try/out/$t" "$work/new-ref/$t" || { echo "uninterrupted incremental run: $t differs from a full run"; exit 1; }; done
cp "$work/try/state.json" "$work/new-state.json"
rm -rf "$work/try"
echo "an uninterrupted incremental run takes ${span} ms; killing at random points in 0..$(( span * 11 / 10 )) ms (every other run in the last 30%)"

violations=0
all_old=0; mixed=0; all_new=0
for run in $(seq 1 "$runs"); do
  rm -rf "$work/run"
  cp -a "$work/old" "$work/run"   # keeps the tables' mtimes: the state still matches them
  # odd runs: anywhere in the run; even runs: in its last 30%, where the tables are committed
  if (( run % 2 )); then delay=$(( (RANDOM * 32768 + RANDOM) % (span * 11 / 10 + 1) ))
  else delay=$(( span * 8 / 10 + (RANDOM * 32768 + RANDOM) % (span * 3 / 10 + 1) )); fi
  java -XX:TieredStopAtLevel=1 -jar target/zhtext.jar analyze --format csv --skip-unchanged "$work/run/state.json" \
    --output-dir "$work/run/out" "$work/in" >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  line="run $run: kill -9 at ${delay} ms:"
  bad=0
  for t in "${tables[@]}"; do
    f="$work/run/out/$t"
    if [[ ! -f $f ]]; then line+=" $t=MISSING"; bad=1
    elif cmp -s "$f" "$work/old/out/$t"; then line+=" ${t%.csv}=old"
    elif cmp -s "$f" "$work/new-ref/$t"; then line+=" ${t%.csv}=new"
    else line+=" $t=PARTIAL"; bad=1
    fi
  done
  if cmp -s "$work/run/state.json" "$work/old/state.json"; then s=old
  elif cmp -s <(sed "/\"mtime\"/d; s#$work/run/#OUT#" "$work/run/state.json") <(sed "/\"mtime\"/d; s#$work/try/#OUT#" "$work/new-state.json"); then s=new
  else s=OTHER; bad=1
  fi
  line+=" state=$s"
  parts=$(find "$work/run/out" "$work/run" -maxdepth 1 -name '*.part' | wc -l)
  line+=" (.part left: $parts)"
  n_new=$(grep -o '=new' <<< "$line" | wc -l || true)
  if [[ $s == new ]]; then all_new=$((all_new + 1)); elif (( n_new == 0 )); then all_old=$((all_old + 1)); else mixed=$((mixed + 1)); fi
  # the next run, to its end
  if ! java -XX:TieredStopAtLevel=1 -jar target/zhtext.jar analyze --format csv --skip-unchanged "$work/run/state.json" \
      --output-dir "$work/run/out" "$work/in" >/dev/null 2>"$work/next.log"; then
    line+="; next run FAILED: $(tail -1 "$work/next.log")"; bad=1
  else
    for t in "${tables[@]}"; do cmp -s "$work/run/out/$t" "$work/new-ref/$t" || { line+="; next run: $t differs from a full run"; bad=1; }; done
    left=$(find "$work/run/out" "$work/run" -maxdepth 1 -name '*.part' | wc -l)
    [[ $left == 0 ]] || { line+="; next run left $left .part files"; bad=1; }
    [[ $bad == 1 ]] || line+="; next run: tables = full run's, no .part left"
  fi
  echo "$line"
  violations=$(( violations + bad ))
done
echo "analyze-kill: $runs runs, $violations violations; killed before any table was replaced: $all_old, between tables and state: $mixed, after the state: $all_new; $(( ($(date +%s%N) - t_start) / 1000000000 )) s"
[[ $violations == 0 ]]
