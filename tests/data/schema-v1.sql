-- Schema 1 of the Crewplan project file, with a small project in it.
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

-- A small project as the first release wrote it (schema 1: no rationale, no scenario description).
INSERT INTO project (id, name) VALUES (1, 'Schema 1 project');
INSERT INTO skill (id, name, category, description, position) VALUES
  (1, 'Python', 'Programming', 'Production Python.', 0),
  (2, 'Spark', 'Data engineering', 'Apache Spark.', 1);
INSERT INTO scenario (id, name, position) VALUES (3, 'Baseline', 0);
INSERT INTO team (id, scenario_id, name, description, position) VALUES (4, 3, 'Data Engineering', '', 0);
INSERT INTO role (id, team_id, name, headcount, cost_min, cost_max, position) VALUES
  (5, 4, 'Data Engineer', 2, 90000, 130000, 0);
INSERT INTO requirement (role_id, skill_id, min_level, importance, position) VALUES
  (5, 1, 3, 'must-have', 0),
  (5, 2, 3, 'nice-to-have', 1);
INSERT INTO person (id, name, status, fte, yearly_cost, scenario_id) VALUES
  (6, 'Aisha Khan', 'employee', 1.0, 118000, NULL),
  (7, 'Bruno Costa', 'employee', 0.5, 96000, NULL);
INSERT INTO person_skill (person_id, skill_id, level) VALUES (6, 1, 4), (6, 2, 3), (7, 1, 3);
INSERT INTO assignment (person_id, role_id, allocation) VALUES (6, 5, 1.0), (7, 5, 0.5);
PRAGMA application_id = 1129465175;
PRAGMA user_version = 1;
