#!/usr/bin/env bash
# The encoder's fast path against the PyTorch peer (../shared/bench/torch_set_transformer.py, Debian python3-torch),
# alternating in one sitting, and the ratios the targets name:
#   one 50-candidate session on one thread: our JMH avgt (FastEncoderBenchmark.single, -t 1) vs torch batch 1;
#   throughput with 2 threads: our single-session calls on 2 threads vs torch's best batch (1, 64 or 512) at 1 or 2
#   threads (OPENBLAS_NUM_THREADS=1 so that its "1 thread" is one).
# Usage: benchmarks/scripts/encoder-vs-torch.sh [ROUNDS] [TORCH_SCRIPT]   (after mvn -B -q package -DskipTests -pl benchmarks -am)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-2}"; torch="${2:-$here/../shared/bench/torch_set_transformer.py}"
[ -f "$torch" ] || torch=/work/shared/bench/torch_set_transformer.py
jar="$here/benchmarks/target/benchmarks.jar"
for round in $(seq 1 "$rounds"); do
  load0="$(cut -d' ' -f1 /proc/loadavg)"
  t1="$(OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$torch" 1)"
  t2="$(OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$torch" 2)"
  one="$(OMP_NUM_THREADS=1 java -jar "$jar" 'FastEncoderBenchmark.single' -bm avgt -tu us -t 1 -f 1 -wi 3 -w 1s -i 5 -r 1s 2>/dev/null \
        | awk '/FastEncoderBenchmark.single/ && /avgt/ { print $(NF-3) }')"
  two="$(OMP_NUM_THREADS=1 java -jar "$jar" 'FastEncoderBenchmark.single' -bm thrpt -tu s -t 2 -f 1 -wi 3 -w 1s -i 5 -r 1s 2>/dev/null \
        | awk '/FastEncoderBenchmark.single/ && /thrpt/ { print $(NF-3) }')"
  tb1="$(echo "$t1" | awk '/infer batch=1:/ { print $(NF-1) }')"
  tbest="$(printf '%s\n%s\n' "$t1" "$t2" | awk '/infer batch=/ { v = $(NF-3) + 0; if (v > m) { m = v; w = $0 } } END { print m "|" w }')"
  echo "round $round (load $load0 -> $(cut -d' ' -f1 /proc/loadavg)): ours 1 thread ${one} us/session, torch batch 1 ${tb1} ms/call;" \
       "ours 2 threads ${two} sessions/s, torch best ${tbest#*|}"
  awk -v o="$one" -v t="$tb1" -v two="$two" -v best="${tbest%%|*}" 'BEGIN {
    printf "  ratios: one session %.2fx faster than torch batch 1 (target >= 4); 2-thread throughput %.2fx torch best (target >= 4)\n",
      (t * 1000) / o, two / best }'
  echo "$t1" | sed 's/^/  /'; echo "$t2" | sed 's/^/  /'
done
