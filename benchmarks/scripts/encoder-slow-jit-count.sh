#!/usr/bin/env bash
# How often does a fresh JVM settle on a slow JIT outcome for the encoder's fast path (docs/encoder.md, trap 4)?
# Starts N fresh JVMs of FastEncoderCpuTime, P at a time, and reads each one's last round (CPU per session, after
# warm-up). A JVM whose last round is above 1.3x the median of all of them counts as slow. With --jit-log, each JVM
# also prints C2's inlining decisions and the Vector API intrinsics' reasons for failing; the logs of slow JVMs (and of
# any JVM with a failed store intrinsic) are kept in DIR (and the number of "VectorSupport::... failed to inline (intrinsic)" lines of every JVM is shown).
# Usage: benchmarks/scripts/encoder-slow-jit-count.sh [N=60] [P=2] [ROUNDS=3] [--jit-log DIR] [-- extra JVM options]
# (after mvn -B -q package -DskipTests -pl benchmarks -am; JAR=path runs another build's benchmarks.jar, e.g. an older
# commit's, for a before/after count). About 8 s per JVM, P at a time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${JAR:-$here/benchmarks/target/benchmarks.jar}"
n=60; p=2; rounds=3; log=""; extra=()
pos=0
while [ $# -gt 0 ]; do
  case "$1" in
    --jit-log) log="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) case $pos in 0) n="$1" ;; 1) p="$1" ;; 2) rounds="$1" ;; *) echo "too many arguments" >&2; exit 2 ;; esac
       pos=$((pos + 1)); shift ;;
  esac
done
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests -pl benchmarks -am first" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/slow-jit.XXXXXX")"; trap 'rm -rf "$work"' EXIT
[ -n "$log" ] && mkdir -p "$log"
one() {
  local i="$1" flags=()
  # the JIT's log goes to its own file (-XX:LogFile), so that it cannot break the program's lines
  [ -n "$log" ] && flags=(-XX:+UnlockDiagnosticVMOptions -XX:+PrintCompilation -XX:+PrintInlining -XX:+PrintIntrinsics
      -XX:-DisplayVMOutput -XX:+LogVMOutput "-XX:LogFile=$work/jit$i.txt")
  OMP_NUM_THREADS=1 java --add-modules jdk.incubator.vector -Xmx512m "${flags[@]}" ${extra[@]+"${extra[@]}"} \
      -cp "$jar" org.mostra4j.benchmarks.encoder.FastEncoderCpuTime "$rounds" > "$work/run$i.txt" 2>/dev/null || true
  local us; us="$(awk '/^round/ { v = $3 } END { print v }' "$work/run$i.txt")"
  local failed=0
  [ -n "$log" ] && failed="$(grep -c 'VectorSupport::store .*failed to inline (intrinsic)' "$work/jit$i.txt" || true)"
  echo "$i ${us:-NaN} $failed $(cut -d' ' -f1 /proc/loadavg)" >> "$work/results"
}
echo "$n fresh JVMs, $p at a time, $rounds rounds each; load at start $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$n"); do
  one "$i" &
  while [ "$(jobs -rp | wc -l)" -ge "$p" ]; do sleep 0.2; done
done
wait
sort -n "$work/results" > "$work/sorted"
median="$(awk '{ print $2 }' "$work/sorted" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
awk -v m="$median" '{
    slow = ($2 + 0 > 1.3 * m); if (slow) s++
    printf "jvm %3d: %7.1f us CPU per session (last round), store intrinsic failed %s times, load %s%s\n",
      $1, $2, $3, $4, slow ? "   SLOW" : ""
  } END { printf "slow: %d of %d (median %.1f us; slow = above 1.3x the median)\n", s, NR, m }' "$work/sorted"
if [ -n "$log" ]; then
  awk -v m="$median" '$2 + 0 > 1.3 * m || $3 > 0 { print $1 }' "$work/sorted" | while read -r i; do
    cp "$work/run$i.txt" "$log/"; cp "$work/jit$i.txt" "$log/"; done
fi
echo "load at end $(cut -d' ' -f1-3 /proc/loadavg)"
