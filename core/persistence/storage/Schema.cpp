#include "storage/Schema.h"

#include <array>

namespace crewplan::schema {

namespace {

// Version 1: the first release's tables.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE project (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    name    TEXT NOT NULL CHECK (length(name) > 0)
);
CREATE TABLE skill (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0),
    category    TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL
);
CREATE TABLE scenario (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    position INTEGER NOT NULL
);
CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    status      TEXT NOT NULL CHECK (status IN ('employee', 'candidate', 'planned-hire')),
    fte         REAL NOT NULL CHECK (fte > 0 AND fte <= 1),
    yearly_cost INTEGER NOT NULL CHECK (yearly_cost >= 0),
    scenario_id INTEGER REFERENCES scenario (id) ON DELETE CASCADE,
    CHECK ((status = 'planned-hire') = (scenario_id IS NOT NULL))
);
CREATE TABLE person_skill (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    skill_id  INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    level     INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    PRIMARY KEY (person_id, skill_id)
) WITHOUT ROWID;
CREATE TABLE team (
    id          INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    UNIQUE (scenario_id, name)
);
CREATE TABLE role (
    id        INTEGER PRIMARY KEY,
    team_id   INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    name      TEXT NOT NULL CHECK (length(name) > 0),
    headcount INTEGER NOT NULL CHECK (headcount >= 1),
    cost_min  INTEGER NOT NULL CHECK (cost_min >= 0),
    cost_max  INTEGER NOT NULL CHECK (cost_max >= cost_min),
    position  INTEGER NOT NULL,
    UNIQUE (team_id, name)
);
CREATE TABLE requirement (
    role_id    INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
    skill_id   INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    min_level  INTEGER NOT NULL CHECK (min_level BETWEEN 1 AND 4),
    importance TEXT NOT NULL CHECK (importance IN ('must-have', 'nice-to-have')),
    position   INTEGER NOT NULL,
    PRIMARY KEY (role_id, skill_id)
) WITHOUT ROWID;
CREATE TABLE assignment (
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role_id    INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
    allocation REAL NOT NULL CHECK (allocation > 0 AND allocation <= 1),
    PRIMARY KEY (person_id, role_id)
) WITHOUT ROWID;
CREATE INDEX assignment_by_role ON assignment (role_id);
CREATE INDEX team_by_scenario ON team (scenario_id);
CREATE INDEX role_by_team ON role (team_id);
)sql";

// Version 2: a rationale for each requirement (why this level), and a description per scenario.
constexpr std::string_view kVersion2 = R"sql(
ALTER TABLE requirement ADD COLUMN rationale TEXT NOT NULL DEFAULT '';
ALTER TABLE scenario ADD COLUMN description TEXT NOT NULL DEFAULT '';
)sql";

// Version 3: training a scenario plans (what a person will hold, at what cost and time), and
// what training costs: the project's default per level step, and a skill's own where it differs.
constexpr std::string_view kVersion3 = R"sql(
ALTER TABLE project ADD COLUMN training_cost REAL NOT NULL DEFAULT 6000 CHECK (training_cost >= 0);
ALTER TABLE project ADD COLUMN training_weeks REAL NOT NULL DEFAULT 6 CHECK (training_weeks >= 0);
ALTER TABLE requirement ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN tool_catalog TEXT NOT NULL DEFAULT '';
CREATE TABLE stack (
    scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    stage       TEXT NOT NULL CHECK (length(stage) > 0),
    tool        TEXT NOT NULL CHECK (length(tool) > 0),
    PRIMARY KEY (scenario_id, stage)
) WITHOUT ROWID;
CREATE TABLE declined_requirement (
    role_id  INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, skill_id)
) WITHOUT ROWID;
CREATE TABLE skill_training (
    skill_id       INTEGER PRIMARY KEY REFERENCES skill (id) ON DELETE CASCADE,
    training_cost  REAL NOT NULL CHECK (training_cost >= 0),
    training_weeks REAL NOT NULL CHECK (training_weeks >= 0)
);
CREATE TABLE training (
    scenario_id  INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    skill_id     INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    target_level INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 4),
    cost         REAL NOT NULL CHECK (cost >= 0),
    weeks        REAL NOT NULL CHECK (weeks >= 0),
    PRIMARY KEY (scenario_id, person_id, skill_id)
) WITHOUT ROWID;
)sql";

// Version 4: what recruiting a hire costs once, as a share of its yearly cost (20 % by default).
constexpr std::string_view kVersion4 = R"sql(
ALTER TABLE project ADD COLUMN recruiting_share REAL NOT NULL DEFAULT 0.2
    CHECK (recruiting_share >= 0 AND recruiting_share <= 10);
)sql";

// Version 5: the time line. A scenario's horizon (a start month, none: the month it is looked
// at; and a length), a role's ramp-up, when planned training starts, and when people join or
// leave a scenario (tenure). Months are written "2027-03". A file without dates is as before.
constexpr std::string_view kVersion5 = R"sql(
ALTER TABLE scenario ADD COLUMN horizon_start TEXT
    CHECK (horizon_start IS NULL OR horizon_start GLOB '[12][0-9][0-9][0-9]-[01][0-9]');
ALTER TABLE scenario ADD COLUMN horizon_months INTEGER NOT NULL DEFAULT 24
    CHECK (horizon_months BETWEEN 1 AND 120);
ALTER TABLE role ADD COLUMN ramp_up_months INTEGER NOT NULL DEFAULT 2
    CHECK (ramp_up_months BETWEEN 0 AND 24);
ALTER TABLE training ADD COLUMN start_month TEXT
    CHECK (start_month IS NULL OR start_month GLOB '[12][0-9][0-9][0-9]-[01][0-9]');
CREATE TABLE tenure (
    scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    start_month TEXT CHECK (start_month IS NULL OR start_month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
    end_month   TEXT CHECK (end_month IS NULL OR end_month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
    CHECK (start_month IS NOT NULL OR end_month IS NOT NULL),
    CHECK (start_month IS NULL OR end_month IS NULL OR start_month < end_month),
    PRIMARY KEY (scenario_id, person_id)
) WITHOUT ROWID;
)sql";

// Version 6: MLOps maturity (docs/maturity.md). A scenario's targets ("level 2 by 2027-06"), the
// level that adds a role or a requirement (0: always there), and the project's time to hire.
constexpr std::string_view kVersion6 = R"sql(
ALTER TABLE role ADD COLUMN maturity_level INTEGER NOT NULL DEFAULT 0
    CHECK (maturity_level BETWEEN 0 AND 4);
ALTER TABLE requirement ADD COLUMN maturity_level INTEGER NOT NULL DEFAULT 0
    CHECK (maturity_level BETWEEN 0 AND 4);
ALTER TABLE project ADD COLUMN months_to_hire INTEGER NOT NULL DEFAULT 3
    CHECK (months_to_hire BETWEEN 0 AND 24);
CREATE TABLE maturity_target (
    scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    month       TEXT NOT NULL CHECK (month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
    PRIMARY KEY (scenario_id, level)
) WITHOUT ROWID;
)sql";

constexpr std::array<Migration, 6> kMigrations{{{1, kVersion1},
                                                {2, kVersion2},
                                                {3, kVersion3},
                                                {4, kVersion4},
                                                {5, kVersion5},
                                                {6, kVersion6}}};
static_assert(kMigrations.back().version == kCurrentVersion);

} // namespace

std::span<const Migration> migrations() {
    return kMigrations;
}

} // namespace crewplan::schema
