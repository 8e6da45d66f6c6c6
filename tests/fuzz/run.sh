#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60) from its seed corpus, under ASan and UBSan.
# Usage: tests/fuzz/run.sh [BUILD_DIR] [SECONDS]   (build it first: cmake --preset fuzz &&
# cmake --build --preset fuzz). Prints each target's executions; exits non-zero on a finding,
# which libFuzzer leaves as crash-* / timeout-* / oom-* in the working folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/fuzz}
seconds=${2:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for pair in FuzzProjectOpen:project-open FuzzToolCatalog:tool-catalog FuzzPeopleCsv:people-csv \
            FuzzProjectJson:project-json; do
  target=${pair%%:*}
  corpus=${pair#*:}
  mkdir -p "$work/$corpus"
  cp "$here/corpus/$corpus/"* "$work/$corpus/"
  log="$work/$target.log"
  if ! (cd "$work" && "$OLDPWD/$build/tests/fuzz/$target" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$work/$corpus" >"$log" 2>&1); then
    status=1
    echo "$target: FOUND SOMETHING"; tail -40 "$log"
    cp "$work"/crash-* "$work"/timeout-* "$work"/oom-* . 2>/dev/null || true
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  echo "$target: $runs executions in ${seconds} s"
done
exit $status
