#!/usr/bin/env bash
# The HTTP service of this checkout against another build (e.g. main) in one sitting: servers alternate, round by
# round, under the same load generator (this checkout's), and the script prints each round's maximum rate answered
# with every request 200 and p99 <= 5 ms, the closed-loop throughput, server CPU per request, and the ratios.
#
# The maximum rate is the highest step below the first failing one (steps in ascending order). Coarse steps find the
# knee; with --step S the same server (still warm) then runs steps of S req/s from the knee up to the next coarse
# step, so the figure has S req/s resolution instead of the coarse step's.
#
# Usage: benchmarks/scripts/http-vs-base.sh [--step S] [--seconds T] [--base-db FILE] BASE_CHECKOUT DB MODEL WORLD [ROUNDS] [RATES]
#   --step S       fine step in req/s near the knee (default 100; 0 = coarse steps only)
#   --seconds T    seconds per step (default 10)
#   --base-db FILE the store the base build serves, when it reads an older schema than this build (a copy of DB
#                  before `./mostra4j db migrate`); default DB
#   BASE_CHECKOUT  a built checkout to compare with (mvn -B -q package -DskipTests -pl adapters-cli -am)
#   DB MODEL WORLD the store, model and simulated world of docs/benchmarks.md H15
#   ROUNDS         alternations (default 2); RATES: coarse open-loop steps in req/s, ascending
#                  (default 500,1000,1500,2000,2500,3000,3500)
# Duration per server and round: 20 s warm-up + T s per coarse step + T s closed loop + (5 s + T s per fine step);
# with the defaults about 2.5 min, so 2 rounds of base and this take about 10 min.
# This checkout needs: mvn -B -q package -DskipTests -pl adapters-cli,benchmarks -am
set -euo pipefail
step=100; seconds=10; base_db=
while [ $# -gt 0 ]; do
  case "$1" in
    --step) step="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --base-db) base_db="$2"; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    --*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -ge 4 ] || { echo "usage: $0 [--step S] [--seconds T] [--base-db FILE] BASE_CHECKOUT DB MODEL WORLD [ROUNDS] [RATES]" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="$(cd "$1" && pwd)"; db="$(realpath "$2")"; model="$(realpath "$3")"; world="$(realpath "$4")"
rounds="${5:-2}"; rates="${6:-500,1000,1500,2000,2500,3000,3500}"
out="$(mktemp -d /tmp/http-vs-base.XXXXXX)"
echo "results in $out; steps of ${seconds} s, fine step ${step} req/s; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

serve_and_load() { # name checkout port round
  local name=$1 dir=$2 port=$3 round=$4
  local store="$db"
  if [ "$name" = base ] && [ -n "$base_db" ]; then store="$(realpath "$base_db")"; fi
  mkdir -p "$out/$name"
  (cd "$out/$name" && exec env OMP_NUM_THREADS=1 java -Xms256m -Xmx256m -Dorg.bytedeco.javacpp.maxphysicalbytes=2g \
      --add-modules jdk.incubator.vector -jar "$dir/adapters-cli/target/mostra4j-cli.jar" serve --db "$store" \
      --model "$model" --port "$port" --threads 2 > "$out/$name/serve.$round.log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 180); do grep -q "serving on" "$out/$name/serve.$round.log" 2>/dev/null && break; sleep 1; done
  load "$port" "$pid" "$rates" 20 4 > "$out/$name/load.$round.txt" 2>&1 || true
  local knee next fine
  knee="$(maxrate "$out/$name/load.$round.txt")"
  next="$(echo "$rates" | tr ',' '\n' | awk -v k="$knee" '$1 + 0 > k + 0 { print; exit }')"
  if [ "$step" -gt 0 ] && [ -n "$next" ]; then
    fine="$(seq -s, $((knee + step)) "$step" $((next - step)))"
    if [ -n "$fine" ]; then
      load "$port" "$pid" "$fine" 5 0 > "$out/$name/fine.$round.txt" 2>&1 || true
    fi
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

load() { # port pid rates warmup-seconds closed-connections
  java -cp "$here/benchmarks/target/benchmarks.jar" org.mostra4j.benchmarks.http.LoadGenerator \
      --url "http://127.0.0.1:$1" --server-pid "$2" --world "$world" --labels false --rates "$3" \
      --seconds "$seconds" --warmup-seconds "$4" --connections 64 --closed "$5"
}

# the highest step, in ascending rate (the files' steps merged), before the first one that fails: every request 200
# (no 503, other or error) and p99 <= 5 ms; 0 when the lowest step fails
maxrate() { # file [file]
  cat "$@" 2>/dev/null | grep -E '^[0-9]+ \|' | sort -n -k1,1 | awk -F' \\| ' '
    { if (failed) next; if ($5 == 0 && $6 == 0 && $7 == "0" && $10 + 0 <= 5.0 && $4 == $3) max = $1; else failed = 1 }
    END { printf "%d\n", max }'
}

# max rate (coarse, then fine steps); closed-loop ok/s; server CPU ms/req in the closed loop (the server is warm by then)
summary() { # coarse-file fine-file
  local max; max="$(maxrate "$1" "$2")"
  awk -F' \\| ' -v max="$max" '
    /^closed loop/ { split($0, c, ": "); split(c[2], d, " "); closed = d[1]; split($3, e, " "); cpu = e[4] }
    END { printf "%d %s %.3f\n", max, (closed == "" ? 0 : closed), cpu }' "$1"
}

for round in $(seq 1 "$rounds"); do
  serve_and_load base "$base" 18093 "$round"
  serve_and_load this "$here" 18092 "$round"
  read -r bmax bclosed bcpu < <(summary "$out/base/load.$round.txt" "$out/base/fine.$round.txt")
  read -r tmax tclosed tcpu < <(summary "$out/this/load.$round.txt" "$out/this/fine.$round.txt")
  echo "round $round: max rate with p99 <= 5 ms base $bmax / this $tmax req/s; closed loop base $bclosed / this $tclosed ok/s;" \
       "server CPU base $bcpu / this $tcpu ms/req; load $(cut -d' ' -f1-3 /proc/loadavg)"
  awk -v b="$bmax" -v t="$tmax" -v bc="$bclosed" -v tc="$tclosed" -v bu="$bcpu" -v tu="$tcpu" 'BEGIN {
    printf "  ratios this/base: max rate %s, closed loop %.2f, server CPU per request %.2f\n",
      (b > 0 ? sprintf("%.2f", t / b) : "n/a (base met no step)"), (bc > 0 ? tc / bc : 0), (bu > 0 ? tu / bu : 0) }'
done
