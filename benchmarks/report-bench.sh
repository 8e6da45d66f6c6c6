#!/bin/sh
# Times the real `crewplan report` and reports its peak memory, on the sample and on a generated
# project of 1,000 people, at each detail level. Usage: benchmarks/report-bench.sh build/dev/app/crewplan
set -eu
crewplan=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$crewplan" new "$work/sample.crewplan" --template sample >/dev/null
"$crewplan" generate "$work/g1000.crewplan" --people 1000 >/dev/null
for project in sample g1000; do
    for detail in summary teams full; do
        pages=$("$crewplan" report "$work/$project.crewplan" --detail "$detail" \
            -o "$work/$project.pdf" --json | sed -n 's/.*"pages": \([0-9]*\).*/\1/p')
        for run in 1 2 3; do
            /usr/bin/time -f "$project, $detail ($pages pages), run $run: %e s wall, %M KiB peak" \
                "$crewplan" report "$work/$project.crewplan" --detail "$detail" \
                -o "$work/$project.pdf" >/dev/null
        done
    done
done
