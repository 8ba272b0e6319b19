#!/usr/bin/env sh
# The scale-out table of docs/scale-out.md: each partitioned job at SIZE rows (default 1,000,000) against its
# set-based SQL, with 1, 2 and 4 partitions on the job's threads and with 2 partitions on 2 worker processes, all on
# the same data (loaded once per benchmark, copied afresh for each layout); then the month-end cycle with 1 partition
# and with the default. Reports go to samples/benchmark/results/<size>-<benchmark>.txt.
#   samples/benchmark/scale-out.sh [SIZE] [BENCHMARK ...]     # benchmarks: invoicing receivables collections cycle
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
size=${1:-1000000}
[ $# -gt 0 ] && shift
benchmarks=${*:-invoicing receivables collections cycle}
for benchmark in $benchmarks; do
  if [ "$benchmark" = cycle ]; then layouts=""; else layouts="--layouts 1,2,4,2x2"; fi
  # shellcheck disable=SC2086
  "$root/samples/benchmark/run.sh" "$benchmark" "$size" $layouts >/dev/null 2>&1 || echo "$benchmark: failed or differed" >&2
  grep -E 'benchmark|set-based SQL|^  [a-z-]+$|job  |ratio|partition\(s\)  |results' \
    "$root/samples/benchmark/results/$size-$benchmark.txt" || true
done
