#!/usr/bin/env bash
# SameDiff training against the PyTorch peer, alternating in one sitting (issue 18, T1): same model (n = 50, d 64,
# 2 blocks, 4 heads, 32 inputs, batch 64, Adam). Per round: the peer at 1 and 2 threads (its own script, wall clock,
# OPENBLAS_NUM_THREADS=1), then ours with OMP_NUM_THREADS=1 and 2 on the pinned nd4j-native build and, when the jar is
# in the local Maven repository, on ND4J's oneDNN build of the same version. Prints each figure and the ratio of our
# best to the peer's best (sessions per wall-second; only meaningful on a quiet machine — the load is printed) and
# the ratio per CPU-second of one thread (meaningful under load too).
# Usage: benchmarks/scripts/training-vs-torch.sh [ROUNDS] [TORCH_SCRIPT]   (after mvn -B -q package -DskipTests -pl benchmarks -am)
# Takes about 3.5 min per round (2.5 without the oneDNN jar).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-2}"; torch="${2:-$here/../shared/bench/torch_set_transformer.py}"
[ -f "$torch" ] || torch=/work/shared/bench/torch_set_transformer.py
jar="$here/benchmarks/target/benchmarks.jar"
onednn="${HOME}/.m2/repository/org/nd4j/nd4j-native/1.0.0-M2.1/nd4j-native-1.0.0-M2.1-linux-x86_64-onednn.jar"
ours() { # threads [extra class path] -> "wall thread-cpu" of the last of 4 rounds of 40 steps
  local cp="$jar" ext=()
  if [ -n "${2:-}" ]; then cp="$jar:$2"; ext=(-Dorg.bytedeco.javacpp.platform.extension=-onednn); fi
  OMP_NUM_THREADS="$1" java -Xmx1g -Dorg.bytedeco.javacpp.maxphysicalbytes=2g "${ext[@]}" -cp "$cp" \
      org.mostra4j.benchmarks.encoder.SameDiffTrainingCpuTime 40 1 1 epoch 16 4 2>/dev/null \
    | awk '/^round 3/ { for (i = 1; i <= NF; i++) { if ($i == "wall-second") w = $(i - 2); if ($i == "thread,") t = $(i - 6) } } END { print w, t }'
}
for round in $(seq 1 "$rounds"); do
  load0="$(cut -d' ' -f1 /proc/loadavg)"
  t1="$(OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$torch" 1 | awk '/train/ { print $(NF-1) }')"
  t2="$(OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$torch" 2 | awk '/train/ { print $(NF-1) }')"
  tcpu="$(OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$here/benchmarks/scripts/torch-cpu-time.py" "$torch" 2 | awk '/train/ { print $(NF-3) }')"
  read -r p1 p1cpu < <(ours 1); read -r p2 _ < <(ours 2)
  o1=0; o1cpu=0; o2=0
  if [ -f "$onednn" ]; then read -r o1 o1cpu < <(ours 1 "$onednn"); read -r o2 _ < <(ours 2 "$onednn"); fi
  echo "round $round (load $load0 -> $(cut -d' ' -f1 /proc/loadavg)), sessions per wall-second:" \
       "torch 1 thread $t1, 2 threads $t2; ours pinned OMP 1 $p1, OMP 2 $p2; ours oneDNN OMP 1 $o1, OMP 2 $o2"
  awk -v t1="$t1" -v t2="$t2" -v p1="$p1" -v p2="$p2" -v o1="$o1" -v o2="$o2" -v tc="$tcpu" -v pc="$p1cpu" -v oc="$o1cpu" 'BEGIN {
    tb = t1 > t2 ? t1 : t2; pb = p1 > p2 ? p1 : p2; ob = o1 > o2 ? o1 : o2
    printf "  ratios ours/torch, best vs best per wall-second: pinned %.2f, oneDNN %.2f (target >= 1.0)\n", pb / tb, ob / tb
    printf "  per CPU-second of one thread: torch %s, pinned %s (%.2f), oneDNN %s (%.2f)\n", tc, pc, pc / tc, oc, oc / tc }'
done
