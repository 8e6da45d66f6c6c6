#!/bin/sh
# Regenerates the refused-file fixtures and the schema-1 project in this folder. They are
# committed; run this only when they must change. Needs a built `crewplan` and python3.
# Usage: tests/data/make-fixtures.sh build/dev/app/crewplan
set -eu
crewplan=$(realpath "$1")
cd "$(dirname "$0")"
rm -f not-sqlite.crewplan empty.crewplan foreign.sqlite damaged.crewplan newer.crewplan schema-v1.crewplan

printf 'Name,Role\nAisha,Data Engineer\n' > not-sqlite.crewplan   # a CSV renamed
: > empty.crewplan

python3 - <<'PY'
import sqlite3, shutil, subprocess, sys

# An SQLite database of another application: a GeoPackage's application id ('GPKG').
db = sqlite3.connect("foreign.sqlite")
db.executescript("PRAGMA application_id = 1196444487; CREATE TABLE gpkg_contents (table_name TEXT);")
db.close()

# A project written in schema 1, as the first release wrote it.
db = sqlite3.connect("schema-v1.crewplan")
db.executescript(open("schema-v1.sql").read())
db.close()
PY

"$crewplan" new newer.crewplan --template sample >/dev/null
python3 -c "import sqlite3; db = sqlite3.connect('newer.crewplan'); db.execute('PRAGMA user_version = 99'); db.commit()"

"$crewplan" new damaged.crewplan --template sample >/dev/null
# Overwrite the b-tree page header of the 'person' table's root page: quick_check must notice.
python3 - <<'PY'
import sqlite3
db = sqlite3.connect("damaged.crewplan")
page_size = db.execute("PRAGMA page_size").fetchone()[0]
root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0]
db.close()
with open("damaged.crewplan", "r+b") as f:
    f.seek((root - 1) * page_size)
    f.write(b"\x00" * 12)
PY
echo "fixtures written"
