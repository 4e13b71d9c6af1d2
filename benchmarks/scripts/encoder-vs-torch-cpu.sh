#!/usr/bin/env bash
# The encoder's fast path against the PyTorch peer in THREAD CPU TIME, alternating in one sitting: figures that stay
# meaningful on a shared, loaded machine (wall-clock figures there only measure the wait for a core).
#   one session on one thread: our CPU per 50-candidate session vs torch batch 1's CPU per call (target >= 4x);
#   2-thread throughput: calls are independent, so ours on 2 threads is at most 2 / (CPU per session)
#   and torch's best batch on 2 threads is at most 2 x its best sessions per CPU-second on one thread; the ratio of
#   those bounds is the ratio of sessions per CPU-second (this favours the peer: its 2-thread runs scale worse).
#   Ours is measured twice: one session per call (score), and 8 sessions per call (scoreBatch: their rows stacked
#   into one pass); the throughput ratio uses the better of the two, as the peer's uses its best batch.
# Also prints FLOPs per session, GFLOP/s achieved by both and a 1024^3 sgemm (this core's practical peak).
# Usage: benchmarks/scripts/encoder-vs-torch-cpu.sh [ROUNDS] [TORCH_SCRIPT]   (after mvn -B -q package -DskipTests -pl benchmarks -am)
# Takes about 55 s per round.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-3}"; torch="${2:-$here/../shared/bench/torch_set_transformer.py}"
[ -f "$torch" ] || torch=/work/shared/bench/torch_set_transformer.py
jar="$here/benchmarks/target/benchmarks.jar"
for round in $(seq 1 "$rounds"); do
  load0="$(cut -d' ' -f1 /proc/loadavg)"
  t="$(OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$here/benchmarks/scripts/torch-cpu-time.py" "$torch" 2)"
  ours="$(java --add-modules jdk.incubator.vector -Xmx512m -cp "$jar" org.mostra4j.benchmarks.encoder.FastEncoderCpuTime 5 2>/dev/null)"
  us="$(echo "$ours" | awk '/^round/ { v = $3 + 0; if (best == 0 || v < best) best = v } END { print best }')"
  batched="$(java --add-modules jdk.incubator.vector -Xmx512m -cp "$jar" org.mostra4j.benchmarks.encoder.FastEncoderCpuTime 5 0 8 2>/dev/null)"
  ub="$(echo "$batched" | awk '/^round/ { v = $3 + 0; if (best == 0 || v < best) best = v } END { print best }')"
  tput="$(awk -v a="$us" -v b="$ub" 'BEGIN { print (b < a ? b : a) }')"
  tb1="$(echo "$t" | awk '/infer batch=1:/ { print $5 }')"
  tbest="$(echo "$t" | awk '/infer batch=/ { v = $10 + 0; if (v > m) { m = v; b = $4 } } END { print m, b }')"
  echo "round $round (load $load0 -> $(cut -d' ' -f1 /proc/loadavg)): ours ${us} us CPU per session (best of 5 rounds)," \
       "${ub} us with 8 sessions per call; torch batch 1 ${tb1} us CPU per session; torch best ${tbest% *} sessions per CPU-second"
  awk -v o="$us" -v tp="$tput" -v t="$tb1" -v best="${tbest% *}" 'BEGIN {
    printf "  ratios: one session %.2fx torch batch 1 (target >= 4); throughput per CPU-second %.0f = %.2fx torch best batch (target >= 4)\n",
      t / o, 1e6 / tp, (1e6 / tp) / best }'
  echo "$ours" | grep -v '^done' | sed 's/^/  ours: /'; echo "$batched" | grep '^round' | sed 's/^/  ours, 8 per call: /'
  echo "$t" | sed 's/^/  /'
done
