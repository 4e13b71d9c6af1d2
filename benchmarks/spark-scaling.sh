#!/usr/bin/env bash
# Spark scaling harness: sessions/s of `spark score|sequence|evaluate` at local[1] and local[2] on one Parquet
# world, with process CPU time (user+sys, all threads) and peak RSS from /usr/bin/time, next to the single-process
# `score` and `evaluate` on the same world's store in the same sitting. Records the load average before each run.
#
#   benchmarks/spark-scaling.sh WORLD_DIR STORE.duckdb MODEL_FILE SESSIONS [OUT_DIR] [EVALUATE_SESSIONS] [JOBS]
#
# SESSIONS is the number of sessions in the world (for the rates); evaluate runs on the first EVALUATE_SESSIONS
# by id (default all; both paths take --sessions). JOBS (default "score sequence evaluate") picks the jobs.
# Needs /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
world="$1"; db="$2"; model="$3"; n="$4"; out="${5:-/tmp/mostra4j-spark-scaling}"; en="${6:-$n}"
jobs="${7:-score sequence evaluate}"
rm -rf "$out"; mkdir -p "$out"
export MOSTRA4J_NO_BUILD=1
run() { # label, command...
  local label="$1" n="$n"; shift
  case "$label" in *evaluate*) n="$en" ;; esac
  local load; load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >"$out/$label.stdout" 2>"$out/$label.stderr" \
    || { echo "$label failed; see $out/$label.stderr" >&2; tail -5 "$out/$label.stderr" >&2; return 1; }
  read -r wall user sys rss <"$out/time.txt"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v n="$n" -v load="$load" 'BEGIN {
    printf "%-24s wall %7.1f s  %8.0f sessions/s  cpu %7.1f s  %7.1f cpu-us/session  peak rss %5.0f MB  load %s\n",
      l, w, n / w, u + s, (u + s) * 1e6 / n, r / 1024, load }'
}
cut=(); [ "$en" = "$n" ] || cut=(--sessions "$en")
for job in $jobs; do
  for cores in 1 2; do
    args=(--input "$world" --model "$model" --master "local[$cores]" --out "$out/$job-$cores")
    if [ "$job" = evaluate ]; then args+=("${cut[@]}"); else args+=(--format parquet); fi
    run "spark $job local[$cores]" "$root/mostra4j" spark "$job" "${args[@]}"
  done
  case "$job" in
    score) run "single score" "$root/mostra4j" -q score --db "$db" --model "$model" --out "$out/single-score.parquet" ;;
    evaluate) run "single evaluate" "$root/mostra4j" -q evaluate --db "$db" --model "$model" "${cut[@]}" \
      --out "$out/single-report" ;;
  esac
done
