#!/usr/bin/env bash
# The HTTP service of this checkout against another build (e.g. main) in one sitting: servers alternate, round by
# round, under the same load generator (this checkout's), and the script prints each round's maximum rate answered
# with every request 200 and p99 <= 5 ms, the closed-loop throughput, server CPU per request, and the ratios.
#
# Usage: benchmarks/scripts/http-vs-base.sh BASE_CHECKOUT DB MODEL WORLD [ROUNDS] [RATES]
#   BASE_CHECKOUT  a built checkout to compare with (mvn -B -q package -DskipTests -pl adapters-cli -am)
#   DB MODEL WORLD the store, model and simulated world of docs/benchmarks.md H15
#   ROUNDS         alternations (default 2); RATES: open-loop steps in req/s (default 500,1000,1500,2000,2500)
# This checkout needs: mvn -B -q package -DskipTests -pl adapters-cli,benchmarks -am
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="$(cd "$1" && pwd)"; db="$(realpath "$2")"; model="$(realpath "$3")"; world="$(realpath "$4")"
rounds="${5:-2}"; rates="${6:-500,1000,1500,2000,2500}"
out="$(mktemp -d /tmp/http-vs-base.XXXXXX)"
echo "results in $out; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

serve_and_load() { # name checkout port round
  local name=$1 dir=$2 port=$3 round=$4
  mkdir -p "$out/$name"
  (cd "$out/$name" && exec env OMP_NUM_THREADS=1 java -Xms256m -Xmx256m -Dorg.bytedeco.javacpp.maxphysicalbytes=2g \
      --add-modules jdk.incubator.vector -jar "$dir/adapters-cli/target/mostra4j-cli.jar" serve --db "$db" \
      --model "$model" --port "$port" --threads 2 > "$out/$name/serve.$round.log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 180); do grep -q "serving on" "$out/$name/serve.$round.log" 2>/dev/null && break; sleep 1; done
  java -cp "$here/benchmarks/target/benchmarks.jar" org.mostra4j.benchmarks.http.LoadGenerator \
      --url "http://127.0.0.1:$port" --server-pid "$pid" --world "$world" --labels false --rates "$rates" \
      --seconds 10 --warmup-seconds 20 --connections 64 --closed 4 > "$out/$name/load.$round.txt" 2>&1 || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# max rate with every request 200 (no 503, other or error) and p99 <= 5 ms; closed-loop ok/s; server CPU ms/req in
# the closed loop (the last step: the server is warm by then)
summary() { # file
  awk -F' \\| ' '
    /^[0-9]+ \|/ { if ($5 == 0 && $6 == 0 && $7 == "0" && $10 + 0 <= 5.0 && $4 == $3) max = $1 }
    /^closed loop/ { split($0, c, ": "); split(c[2], d, " "); closed = d[1]; split($3, e, " "); cpu = e[4] }
    END { printf "%d %s %.3f\n", max, (closed == "" ? 0 : closed), cpu }' "$1"
}

for round in $(seq 1 "$rounds"); do
  serve_and_load base "$base" 18093 "$round"
  serve_and_load this "$here" 18092 "$round"
  read -r bmax bclosed bcpu < <(summary "$out/base/load.$round.txt")
  read -r tmax tclosed tcpu < <(summary "$out/this/load.$round.txt")
  echo "round $round: max rate with p99 <= 5 ms base $bmax / this $tmax req/s; closed loop base $bclosed / this $tclosed ok/s;" \
       "server CPU base $bcpu / this $tcpu ms/req; load $(cut -d' ' -f1-3 /proc/loadavg)"
  awk -v b="$bmax" -v t="$tmax" -v bc="$bclosed" -v tc="$tclosed" -v bu="$bcpu" -v tu="$tcpu" 'BEGIN {
    printf "  ratios this/base: max rate %s, closed loop %.2f, server CPU per request %.2f\n",
      (b > 0 ? sprintf("%.2f", t / b) : "n/a (base met no step)"), (bc > 0 ? tc / bc : 0), (bu > 0 ? tu / bu : 0) }'
done
