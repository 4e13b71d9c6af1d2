#!/usr/bin/env bash
# A real Spark standalone cluster on this machine: one master and two workers as separate JVMs on loopback,
# started from the Spark jars in the local Maven repository (no Spark download). Submits `spark sequence`
# with SparkSubmit, checks its rows equal local mode's, and stops everything it started (also on failure).
#
#   benchmarks/spark-cluster.sh INPUT_DIR MODEL_FILE [extra `spark sequence` flags...]
#
# INPUT_DIR is a canonical Parquet world (./mostra4j simulate --format parquet ...). Scratch goes to
# ${SPARK_CLUSTER_TMP:-/tmp/mostra4j-spark-cluster}. Exit 0 when the cluster's output equals local mode's.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="$(cd "$1" && pwd)"; model="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2
work="${SPARK_CLUSTER_TMP:-/tmp/mostra4j-spark-cluster}"
rm -rf "$work"; mkdir -p "$work/home/jars" "$work/logs"

# the jobs' jar and Spark's class path (the launcher builds both)
MOSTRA4J_NO_BUILD=0 "$root/mostra4j" spark --help >/dev/null
jar="$root/adapters-spark/target/mostra4j-spark.jar"
# a SPARK_HOME made of links to the repository's jars: workers build executor class paths from $SPARK_HOME/jars
tr ':' '\n' <"$root/adapters-spark/target/spark-classpath.txt" | while read -r j; do ln -sf "$j" "$work/home/jars/"; done
# SPARK_SCALA_VERSION: without it the workers' command builder looks for a source build to learn the Scala version
export SPARK_HOME="$work/home" SPARK_LOCAL_IP=127.0.0.1 SPARK_LOG_DIR="$work/logs" SPARK_SCALA_VERSION=2.13
opens="-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true"
log4j="-Dlog4j.configurationFile=$root/adapters-spark/src/main/config/log4j2-cli.properties"
# the daemons log at INFO (registration is an INFO line, which this script waits for)
sed 's/^rootLogger.level = warn/rootLogger.level = info/' "$root/adapters-spark/src/main/config/log4j2-cli.properties" \
  >"$work/log4j2-daemons.properties"
daemon_log4j="-Dlog4j.configurationFile=$work/log4j2-daemons.properties"
cp="$work/home/jars/*"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
master="spark://127.0.0.1:$port"

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  echo "spark-cluster: stopped ${#pids[@]} JVMs" >&2
}
trap cleanup EXIT

echo "spark-cluster: master $master, 2 workers (1 core, 1 GiB each)" >&2
# shellcheck disable=SC2086
java -Xmx512m $opens $daemon_log4j -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
  --webui-port 0 >"$work/logs/master.log" 2>&1 &
pids+=($!)
for i in 1 2; do
  # shellcheck disable=SC2086
  java -Xmx512m $opens $daemon_log4j -cp "$cp" org.apache.spark.deploy.worker.Worker "$master" --host 127.0.0.1 \
    --cores 1 --memory 1g --webui-port 0 --work-dir "$work/worker-$i" >"$work/logs/worker-$i.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 1 300); do
  [ "$(grep -l "Successfully registered with master" "$work"/logs/worker-*.log 2>/dev/null | wc -l)" -eq 2 ] && break
  sleep 1
done
[ "$(grep -l "Successfully registered with master" "$work"/logs/worker-*.log 2>/dev/null | wc -l)" -eq 2 ] \
  || { echo "spark-cluster: workers did not register; see $work/logs" >&2; tail -n 5 "$work"/logs/*.log >&2; exit 1; }
echo "spark-cluster: both workers registered" >&2

started=$(date +%s.%N)
# shellcheck disable=SC2086
java -Xmx1g $opens $log4j -cp "$cp" org.apache.spark.deploy.SparkSubmit --master "$master" \
  --deploy-mode client --class org.mostra4j.adapters.spark.SparkMain \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
  --conf "spark.executor.extraJavaOptions=$opens" --conf spark.executor.memory=768m --conf spark.cores.max=2 \
  "$jar" sequence --input "$input" --model "$model" --out "$work/cluster-out" --format csv "$@"
cluster_s=$(echo "$(date +%s.%N) - $started" | bc)
echo "spark-cluster: submitted job finished in ${cluster_s} s" >&2

MOSTRA4J_NO_BUILD=1 "$root/mostra4j" spark sequence --master 'local[2]' --input "$input" --model "$model" \
  --out "$work/local-out" --format csv "$@"

sort_rows() { cat "$1"/part-*.csv | grep -v '^session_id,' | sort; }
if diff <(sort_rows "$work/cluster-out") <(sort_rows "$work/local-out") >"$work/diff.txt"; then
  echo "spark-cluster: PASS: $(sort_rows "$work/cluster-out" | wc -l) rows, cluster output equals local mode's"
else
  echo "spark-cluster: FAIL: outputs differ ($(wc -l <"$work/diff.txt") diff lines, see $work/diff.txt)"
  exit 1
fi
