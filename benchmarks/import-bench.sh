#!/bin/sh
# Times the real `crewplan import` and `crewplan export` and reports their peak memory, for
# 1,000 and 10,000 people with 80 skill columns. Each roster is a generated project's own
# matrix (`export --format csv`) with every name made new, so every row is a new person with
# their levels and roles: parse, match, validate and write, in one transaction.
# Usage: benchmarks/import-bench.sh build/dev/app/crewplan
set -eu
crewplan=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for people in 1000 10000; do
    "$crewplan" generate "$work/g$people.crewplan" --people "$people" >/dev/null
    "$crewplan" export "$work/g$people.crewplan" --format csv -o "$work/people$people.csv" >/dev/null
    # "New 2 Ana Lima", "New 3 …": every name new, and none twice (generated names repeat).
    awk 'NR > 1 { sub(/^"?/, "&New " NR " ") } { print }' "$work/people$people.csv" > "$work/new$people.csv"
    columns=$(head -1 "$work/new$people.csv" | tr ',' '\n' | wc -l)
    echo "$people people, $columns columns, $(wc -c < "$work/new$people.csv") bytes"
    for run in 1 2 3; do
        cp "$work/g$people.crewplan" "$work/t.crewplan"
        /usr/bin/time -f "  import run $run: %e s wall, %M KiB peak" \
            "$crewplan" import "$work/t.crewplan" "$work/new$people.csv" >/dev/null
    done
    # The same roster again with every level one step on: 80 levels updated per person.
    awk -F, 'BEGIN { OFS = "," } NR == 1 { print; next }
             { for (i = NF - 79; i <= NF; i++) if ($i ~ /^[0-4]$/) $i = ($i + 1) % 5; print }' \
        "$work/new$people.csv" > "$work/changed$people.csv"
    /usr/bin/time -f "  re-import, every level changed: %e s wall, %M KiB peak" \
        "$crewplan" import "$work/t.crewplan" "$work/changed$people.csv" >/dev/null
    for format in csv json; do
        /usr/bin/time -f "  export $format (of $((people * 2)) people): %e s wall, %M KiB peak" \
            "$crewplan" export "$work/t.crewplan" --format $format -o "$work/out.$format" >/dev/null
    done
    /usr/bin/time -f "  export xlsx (of $((people * 2)) people): %e s wall, %M KiB peak" \
        "$crewplan" export "$work/t.crewplan" --format xlsx -o "$work/out.xlsx" >/dev/null
done
