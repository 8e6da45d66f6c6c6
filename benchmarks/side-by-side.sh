#!/bin/sh
# Crewplan beside its references, in one run on this machine: each row times the real binary
# and the reference on the same data (medians of several runs) and prints the ratio, as the
# README's benchmark section shows. Installs sqlite3 and LibreOffice Calc (the references) from
# Debian when they are missing.
# Usage: benchmarks/side-by-side.sh [BUILD_DIR]   (default build/dev; a RelWithDebInfo build)
set -eu
build=$(realpath "${1:-build/dev}")
crewplan="$build/app/crewplan"
ui_bench="$build/benchmarks/crewplan_ui_benchmarks"
empty_pdf="$build/benchmarks/crewplan_empty_pdf"
for program in "$crewplan" "$ui_bench" "$empty_pdf"; do
    [ -x "$program" ] || { echo "side-by-side: $program is missing; build first." >&2; exit 2; }
done
if ! command -v sqlite3 >/dev/null || ! command -v soffice >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="sudo"; fi
    echo "Installing the references (sqlite3, libreoffice-calc) ..." >&2
    $as_root apt-get install -y -qq --no-install-recommends sqlite3 libreoffice-calc >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work"

# seconds COMMAND...: the wall time of one run, in seconds.
seconds() {
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo "$start $end" | awk '{ printf "%.4f\n", ($2 - $1) / 1e9 }'
}
# median RUNS COMMAND...: the median wall time of RUNS runs.
median() {
    runs=$1
    shift
    i=0
    while [ "$i" -lt "$runs" ]; do
        seconds "$@"
        i=$((i + 1))
    done | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}
# peak COMMAND...: the peak resident memory of one run, in MiB.
peak() {
    /usr/bin/time -f "%M" -o "$work/peak" "$@" >/dev/null 2>&1
    awk '{ printf "%.0f\n", $1 / 1024 }' "$work/peak"
}
# ms BENCHMARK-FILTER: the time per iteration Google Benchmark prints for one benchmark.
ms() {
    "$ui_bench" --benchmark_filter="$1" 2>/dev/null |
        awk -v name="$1" '$1 ~ name { print $2; exit }'
}
ratio() { echo "$1 $2" | awk '{ printf "%.2f×", $1 / $2 }'; }
row() { echo "| $1 | $2 | $3 | $4 | $5 |"; }

"$crewplan" generate "$work/g10k.crewplan" --people 10000 >/dev/null
"$crewplan" generate "$work/g1000.crewplan" --people 1000 >/dev/null
"$crewplan" new "$work/sample.crewplan" --template sample >/dev/null
levels=$(sqlite3 "$work/g10k.crewplan" "SELECT count(*) FROM person_skill")
# The reference reads every row of every table, as opening a project does.
for table in $(sqlite3 "$work/g10k.crewplan" "SELECT name FROM sqlite_master WHERE type = 'table'"); do
    echo "SELECT * FROM $table;"
done >"$work/every-row.sql"

echo "Measuring; this takes a few minutes ..." >&2
echo "| work | Crewplan | reference | Crewplan ÷ reference | goal |"
echo "| --- | --- | --- | --- | --- |"

sqlite_s=$(median 7 sh -c "sqlite3 '$work/g10k.crewplan' < '$work/every-row.sql'")
summary_s=$(median 7 "$crewplan" summary "$work/g10k.crewplan")
summary_mib=$(peak "$crewplan" summary "$work/g10k.crewplan")
row "\`summary\`, 10,000 people ($levels skill levels)" "${summary_s} s, ${summary_mib} MiB" \
    "\`sqlite3\` reading every row: ${sqlite_s} s" "$(ratio "$summary_s" "$sqlite_s")" "≤ 2×, < 150 MiB"

open_ms=$(CREWPLAN_BENCH_FILE="$work/g10k.crewplan" ms BM_OpenToPaintedWindow)
open_mib=$(CREWPLAN_BENCH_FILE="$work/g10k.crewplan" peak "$ui_bench" --benchmark_filter=BM_OpenToPaintedWindow)
open_s=$(echo "$open_ms" | awk '{ printf "%.3f", $1 / 1000 }')
row "the window opened on 10,000 people and painted" "${open_s} s, ${open_mib} MiB" \
    "\`sqlite3\` reading every row: ${sqlite_s} s" "$(ratio "$open_s" "$sqlite_s")" "≤ 2×, < 150 MiB"

pages=$("$crewplan" report "$work/sample.crewplan" -o "$work/sample.pdf" --json |
    sed -n 's/.*"pages": \([0-9]*\).*/\1/p')
sample_s=$(median 7 "$crewplan" report "$work/sample.crewplan" -o "$work/sample.pdf")
empty_s=$(median 7 "$empty_pdf" "$work/empty.pdf")
row "PDF report, the sample ($pages pages)" "${sample_s} s" \
    "an empty \`QPdfWriter\` page: ${empty_s} s" "$(ratio "$sample_s" "$empty_s")" "≤ 2×"

# LibreOffice converts the same people's skills matrix; its first start makes its profile.
"$crewplan" export "$work/g1000.crewplan" --format csv -o "$work/matrix.csv" >/dev/null
office() {
    soffice -env:UserInstallation="file://$work/office" --headless --convert-to pdf \
        --outdir "$work/office-out" "$work/matrix.csv"
}
office >/dev/null 2>&1
office_pages=$(pdfinfo "$work/office-out/matrix.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
office_s=$(median 3 office)
for detail in full teams summary; do
    pages=$("$crewplan" report "$work/g1000.crewplan" --detail "$detail" -o "$work/g.pdf" \
        --json | sed -n 's/.*"pages": \([0-9]*\).*/\1/p')
    report_s=$(median 3 "$crewplan" report "$work/g1000.crewplan" --detail "$detail" -o "$work/g.pdf")
    report_mib=$(peak "$crewplan" report "$work/g1000.crewplan" --detail "$detail" -o "$work/g.pdf")
    row "PDF report, 1,000 people, \`--detail $detail\` ($pages pages)" \
        "${report_s} s, ${report_mib} MiB" \
        "LibreOffice Calc, the skills matrix CSV → PDF (${office_pages:-?} pages): ${office_s} s" \
        "$(ratio "$report_s" "$office_s")" "≤ 0.2× (5× faster)"
done

for edit in SkillLevel Assign; do
    edit_ms=$(ms "BM_EditToRefreshedViews_$edit/10000")
    row "edit → every view refreshed and painted, 10,000 people ($edit)" "${edit_ms} ms" \
        "one frame at 60 Hz: 16.7 ms" "$(ratio "$edit_ms" 16.7)" "< 1×"
done

# Import: every row a new person (the matrix with every name made new), one transaction.
"$crewplan" export "$work/g10k.crewplan" --format csv -o "$work/people.csv" >/dev/null
awk 'NR > 1 { sub(/^"?/, "&New " NR " ") } { print }' "$work/people.csv" >"$work/new.csv"
import_once() {
    cp "$work/g10k.crewplan" "$work/t.crewplan"
    "$crewplan" import "$work/t.crewplan" "$work/new.csv"
}
import_s=$(median 3 import_once)
row "\`import\` of 10,000 new people × 80 skills" "${import_s} s" "5 s" "$(ratio "$import_s" 5)" "< 1×"
for format in csv json xlsx; do
    export_s=$(median 3 "$crewplan" export "$work/g10k.crewplan" --format $format -o "$work/out.$format")
    row "\`export --format $format\` of 10,000 people" "${export_s} s" "5 s" \
        "$(ratio "$export_s" 5)" "< 1×"
done
