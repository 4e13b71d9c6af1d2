#!/usr/bin/env bash
# Spark scaling harness: sessions/s of `spark score|sequence|evaluate` at local[1] and local[2] on one Parquet
# world, with process CPU time (user+sys, all threads) and peak RSS from /usr/bin/time, next to the single-process
# `score` and `evaluate` on the same world's store in the same sitting. Records the load average before each run
# and ends with the ratios: local[2] over local[1] (wall sessions/s; the issue's target is >= 1.7x) and Spark's
# CPU per session over the single process's.
#
#   benchmarks/spark-scaling.sh --simulate SESSIONS [WORK_DIR] [EVALUATE_SESSIONS] [JOBS]
#       simulates a world of SESSIONS sessions (Parquet + a store, seed 42) and trains a model on its first
#       5,000 sessions (1 epoch) under WORK_DIR (default /tmp/mostra4j-spark-scaling-SESSIONS; reused when
#       there), then measures. 100k sessions: 71 MB Parquet + 64 MB store, 28 s to simulate; 1M: ~10x.
#   benchmarks/spark-scaling.sh WORLD_DIR STORE.duckdb MODEL_FILE SESSIONS [OUT_DIR] [EVALUATE_SESSIONS] [JOBS]
#       measures an existing world.
#
# SESSIONS is the number of sessions in the world (for the rates); evaluate runs on the first EVALUATE_SESSIONS
# by id (default: all, or 20,000 with --simulate; both paths take --sessions). JOBS (default "score sequence
# evaluate") picks the jobs. Needs /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "${1:-}" = "--simulate" ]; then
  n="$2"; work="${3:-/tmp/mostra4j-spark-scaling-$n}"; en="${4:-$(( n < 20000 ? n : 20000 ))}"
  jobs="${5:-score sequence evaluate}"
  world="$work/world"; db="$work/world.duckdb"; model="$work/encoder.model"; out="$work/runs"
  mkdir -p "$work"
  if [ ! -f "$db" ]; then
    echo "simulating $n sessions into $work ..." >&2
    rm -rf "$world"
    "$root/mostra4j" -q simulate --format parquet --out "$world" --db "$db" --sessions "$n" --seed 42 >/dev/null
  fi
  if [ ! -f "$model" ]; then
    echo "training a model on the first 5,000 sessions (1 epoch) ..." >&2
    "$root/mostra4j" -q train --db "$db" --model "$model" --epochs 1 --limit 5000 >/dev/null
  fi
else
  world="$1"; db="$2"; model="$3"; n="$4"; out="${5:-/tmp/mostra4j-spark-scaling}"; en="${6:-$n}"
  jobs="${7:-score sequence evaluate}"
fi
rm -rf "$out"; mkdir -p "$out"
export MOSTRA4J_NO_BUILD=1
declare -A rate cpu
run() { # label, command...
  local label="$1" n="$n"; shift
  case "$label" in *evaluate*) n="$en" ;; esac
  local load; load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >"$out/${label// /-}.stdout" 2>"$out/${label// /-}.stderr" \
    || { echo "$label failed; see $out/${label// /-}.stderr" >&2; tail -5 "$out/${label// /-}.stderr" >&2; return 1; }
  read -r wall user sys rss <"$out/time.txt"
  rate[$label]="$(awk -v w="$wall" -v n="$n" 'BEGIN { printf "%.3f", n / w }')"
  cpu[$label]="$(awk -v u="$user" -v s="$sys" -v n="$n" 'BEGIN { printf "%.3f", (u + s) * 1e6 / n }')"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v n="$n" -v load="$load" 'BEGIN {
    printf "%-24s wall %7.1f s  %8.0f sessions/s  cpu %7.1f s  %7.1f cpu-us/session  peak rss %5.0f MB  load %s\n",
      l, w, n / w, u + s, (u + s) * 1e6 / n, r / 1024, load }'
}
cut=(); [ "$en" = "$n" ] || cut=(--sessions "$en")
echo "world: $world ($n sessions; evaluate on $en), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
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
if [[ " $jobs " == *" evaluate "* ]]; then
  for cores in 1 2; do
    cmp -s "$out/evaluate-$cores/report.md" "$out/single-report/report.md" \
      && echo "spark evaluate local[$cores]: report.md equals the single process's" \
      || echo "spark evaluate local[$cores]: report.md DIFFERS from the single process's" >&2
  done
fi
echo "ratios:"
for job in $jobs; do
  awk -v j="$job" -v r1="${rate[spark $job local[1]]}" -v r2="${rate[spark $job local[2]]}" \
      -v c1="${cpu[spark $job local[1]]}" -v c2="${cpu[spark $job local[2]]}" -v cs="${cpu[single $job]:-}" 'BEGIN {
    printf "  %-9s local[2]/local[1] sessions/s %.2fx (target >= 1.7x)", j, r2 / r1
    if (cs != "") printf "; CPU per session spark/single %.2fx (local[1]) %.2fx (local[2])", c1 / cs, c2 / cs
    printf "\n" }'
done
