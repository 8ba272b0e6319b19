#!/usr/bin/env sh
# The benchmarks of billcycle's jobs against the set-based SQL doing the same writes, each on two identical copies of
# the data: the job runs in a JVM with -Xmx256m, started from the application jar as a scheduler would. Prints both
# times, their ratio, the job's heap, and whether both copies ended identical.
#   invoicing (the default): loads SIZE billing plans (default 1,000,000) and times invoice-generation.
#   receivables: loads SIZE accounts (default 1,000,000) with ten or eleven ledger entries each and times
#                finance-charge-assessment, then statement-cycle.
#   collections: loads SIZE accounts (default 1,000,000), a tenth with payment plans and a tenth in collections, and
#                times collection-roster.
#   providers: loads SIZE provider payments (default 1,000,000), nine in ten authorized, and times
#                provider-payment-export.
#   memberships: loads SIZE enrollments (default 1,000,000) and times frozen-prepaid-expiry-report against the
#                club's own report SQL (samples/reports) run with COPY, as psql would.
#   cycle: loads the sample organizations with about SIZE plans and times the month-end cycle (all six jobs) with 1
#                partition and with BILLCYCLE_PARTITIONS (default 2), checking that both end identical.
# Extra arguments go to the benchmark (--chunk-size N, --heap 256m, --seed S, --keep).
#
#   samples/benchmark/run.sh                      # invoicing, 1,000,000 plans
#   samples/benchmark/run.sh 100000
#   samples/benchmark/run.sh receivables 1000000
#   samples/benchmark/run.sh collections 1000000
#   samples/benchmark/run.sh providers 1000000
#   samples/benchmark/run.sh memberships 1000000
#
# It uses its own embedded PostgreSQL under samples/benchmark/results/home (or the server in
# BILLCYCLE_DATASOURCE_URL, where the role must be allowed to create databases) and writes the report to
# samples/benchmark/results/<size>-<benchmark>.txt. The benchmark is a module of its own (samples/benchmark/pom.xml),
# built by the same reactor, so the application jar carries none of it.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
benchmark=invoicing
case "${1:-}" in
  invoicing|receivables|collections|providers|memberships|cycle) benchmark=$1; shift ;;
esac
size=${1:-1000000}
[ $# -gt 0 ] && shift
case "$benchmark" in invoicing|cycle) sizeopt=--plans ;; *) sizeopt=--accounts ;; esac
app="$root/job-config/target/billcycle.jar"
bench="$root/samples/benchmark/target/billcycle-benchmark.jar"
if [ ! -f "$app" ] || [ ! -f "$bench" ] || [ -n "$(find "$root" -path '*/src/main/*' -newer "$bench" -print -quit)" ]; then
  echo "building the application and the benchmark..." >&2
  (cd "$root" && ./mvnw -q -B -DskipTests package) >&2
fi
results="$root/samples/benchmark/results"
mkdir -p "$results"
report="$results/$size-$benchmark.txt"
export BILLCYCLE_HOME="${BILLCYCLE_HOME:-$results/home}"
status="$results/.status"
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  set +e
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$bench" --benchmark "$benchmark" "$sizeopt" "$size" --app-jar "$app" "$@"
  echo $? > "$status"
} 2>&1 | tee "$report"
# the pipe hides the benchmark's exit code (1 when the results differ); pass it on
exit "$(cat "$status")"
