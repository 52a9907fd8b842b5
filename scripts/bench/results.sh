#!/usr/bin/env bash
# Survey results benchmark: the results page (/staff/results) for a round of about a million
# answers on SQLite (WAL, synchronous=FULL), release build, through the whole router in-process
# (tests/http/bench_results.rs). Results are printed and written to target/bench/results.json;
# copy them into BENCHMARKS.md ("Survey results").
#
#   scripts/bench/results.sh                        # a round of 1,000,000 answers, 200 requests a view
#   scripts/bench/results.sh --answers 100000       # a smaller round, to see how it scales
set -euo pipefail
cd "$(dirname "$0")/../.."
answers=1000000
requests=200
while [ $# -gt 0 ]; do
  case "$1" in
    --answers) answers=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
CARE_VOICE_BENCH_ROUND_ANSWERS=$answers CARE_VOICE_BENCH_REQUESTS=$requests \
  cargo test -q --release -p server --test http bench_results_page -- --ignored --nocapture
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
