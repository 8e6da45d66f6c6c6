#!/usr/bin/env bash
# Runs libFuzzer targets for SECONDS each (default 60) from their seed corpora, under ASan and
# UBSan. Usage: tests/fuzz/run.sh [BUILD_DIR] [SECONDS] [TARGET...]   (default: all four; build
# them first: cmake --preset fuzz && cmake --build --preset fuzz). Prints each target's
# executions; exits non-zero on a finding, which is copied to the current folder as crash-*,
# timeout-* or oom-*. The seed corpora are only read: what a run discovers stays in a temporary
# folder (the first corpus folder libFuzzer is given is the one it writes to).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build/fuzz}" && pwd)
seconds=${2:-60}
shift $(( $# > 2 ? 2 : $# ))
declare -A corpus_of=([FuzzProjectOpen]=project-open [FuzzToolCatalog]=tool-catalog
                      [FuzzPeopleCsv]=people-csv [FuzzProjectJson]=project-json)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzProjectOpen FuzzToolCatalog FuzzPeopleCsv FuzzProjectJson)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for target in "${targets[@]}"; do
  corpus=${corpus_of[$target]:-}
  if [ -z "$corpus" ]; then echo "run.sh: no fuzz target called $target" >&2; exit 2; fi
  mkdir -p "$work/$target/found"
  log="$work/$target/log"
  started=$SECONDS
  if ! (cd "$work/$target" && "$build/tests/fuzz/$target" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 found "$here/corpus/$corpus" \
        >"$log" 2>&1); then
    status=1
    echo "$target: FOUND SOMETHING"; tail -40 "$log"
    cp "$work/$target"/crash-* "$work/$target"/timeout-* "$work/$target"/oom-* . 2>/dev/null || true
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  echo "$target: $runs executions in $((SECONDS - started)) s, $(ls "$work/$target/found" | wc -l) new inputs kept"
done
exit $status
