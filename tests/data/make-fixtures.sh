#!/bin/sh
# Regenerates the refused-file fixtures and the schema-1 project in this folder. They are
# committed; run this only when they must change. Needs a built `crewplan` and python3.
# Usage: tests/data/make-fixtures.sh build/dev/app/crewplan
set -eu
crewplan=$(realpath "$1")
cd "$(dirname "$0")"
rm -f one-person.crewplan not-sqlite.crewplan empty.crewplan foreign.sqlite damaged.crewplan newer.crewplan schema-v1.crewplan

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

# One employee who can fill one role: CBC 2.10 once aborted on this smallest model.
"$crewplan" new one-person.crewplan --template empty >/dev/null
python3 - <<'PY'
import sqlite3
db = sqlite3.connect("one-person.crewplan")
db.executescript("""
insert into skill values(10,'S0','Programming','',0);
insert into team values(11,1,'T','',0);
insert into role(id,team_id,name,headcount,cost_min,cost_max,position) values(12,11,'A',1,80000,100000,0);
insert into requirement(role_id,skill_id,min_level,importance,position) values(12,10,3,'must-have',0);
insert into person values(13,'Ann','employee',1.0,90000,NULL);
""")
db.commit()
PY
