#!/usr/bin/env sh
# The invoice-generation benchmark: loads PLANS billing plans (default 1,000,000), then times the set-based SQL
# equivalent of one invoice run and the job itself (in a JVM with -Xmx256m) on two identical copies of the data,
# prints both times, their ratio, and whether both copies ended identical. Extra arguments go to
# 'billcycle benchmark' (--chunk-size N, --heap 256m, --seed S, --keep).
#
#   samples/benchmark/run.sh            # 1,000,000 plans
#   samples/benchmark/run.sh 100000
#
# It uses its own embedded PostgreSQL under samples/benchmark/results/home (or the server in
# BILLCYCLE_DATASOURCE_URL, where the role must be allowed to create databases) and writes the report to
# samples/benchmark/results/<plans>-plans.txt.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
plans=${1:-1000000}
[ $# -gt 0 ] && shift
results="$root/samples/benchmark/results"
mkdir -p "$results"
report="$results/$plans-plans.txt"
export BILLCYCLE_HOME="${BILLCYCLE_HOME:-$results/home}"
status="$results/.status"
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  set +e
  "$root/billcycle" benchmark --plans "$plans" "$@"
  echo $? > "$status"
} 2>&1 | tee "$report"
# the pipe hides billcycle's exit code (1 when the results differ); pass it on
exit "$(cat "$status")"
