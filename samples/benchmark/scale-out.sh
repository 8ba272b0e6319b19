#!/usr/bin/env sh
# The scale-out table of docs/scale-out.md: each partitioned job at SIZE rows (default 1,000,000) against its
# set-based SQL, with 1, 2 and 4 partitions on the job's threads and with 2 partitions on 2 worker processes. Each
# layout is a round of run.sh of its own (fresh data, same seed), so the figures are comparable.
#   samples/benchmark/scale-out.sh [SIZE] [BENCHMARK ...]     # benchmarks: invoicing receivables collections
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
size=${1:-1000000}
[ $# -gt 0 ] && shift
benchmarks=${*:-invoicing receivables collections}
mkdir -p "$root/samples/benchmark/results"
for benchmark in $benchmarks; do
  for layout in 1 2 4 2w; do
    case "$layout" in
      *w) partitions=${layout%w}; workers="--workers 2" ;;
      *) partitions=$layout; workers="" ;;
    esac
    out="$root/samples/benchmark/results/$size-$benchmark-$layout.txt"
    # shellcheck disable=SC2086
    BILLCYCLE_PARTITIONS=$partitions "$root/samples/benchmark/run.sh" "$benchmark" "$size" $workers > "$out" 2>&1 || echo "$benchmark $layout: failed, see $out" >&2
    grep -E 'benchmark|set-based SQL|^  [a-z-]+$|job  |ratio|results' "$out" || true
  done
done
