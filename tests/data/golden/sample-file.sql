user_version 6
application_id 1129465175

CREATE TABLE assignment (
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role_id    INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
    allocation REAL NOT NULL CHECK (allocation > 0 AND allocation <= 1),
    PRIMARY KEY (person_id, role_id)
) WITHOUT ROWID;
  (29, 21, 1.0)
  (29, 42, 1.0)
  (30, 21, 1.0)
  (30, 42, 1.0)
  (31, 23, 1.0)
  (31, 43, 1.0)
  (32, 23, 0.8)
  (32, 43, 0.8)
  (33, 24, 0.5)
  (33, 44, 0.5)
  (34, 26, 1.0)
  (34, 45, 1.0)
  (35, 46, 1.0)
  (47, 42, 1.0)

CREATE TABLE declined_requirement (
    role_id  INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (role_id, skill_id)
) WITHOUT ROWID;

CREATE TABLE maturity_target (
    scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    month       TEXT NOT NULL CHECK (month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
    PRIMARY KEY (scenario_id, level)
) WITHOUT ROWID;

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    status      TEXT NOT NULL CHECK (status IN ('employee', 'candidate', 'planned-hire')),
    fte         REAL NOT NULL CHECK (fte > 0 AND fte <= 1),
    yearly_cost INTEGER NOT NULL CHECK (yearly_cost >= 0),
    scenario_id INTEGER REFERENCES scenario (id) ON DELETE CASCADE,
    CHECK ((status = 'planned-hire') = (scenario_id IS NOT NULL))
);
  (29, 'Aisha Khan', 'employee', 1.0, 118000, NULL)
  (30, 'Bruno Costa', 'employee', 1.0, 96000, NULL)
  (31, 'Chen Wei', 'employee', 1.0, 125000, NULL)
  (32, 'Dana Novak', 'employee', 0.8, 104000, NULL)
  (33, 'Elena Petrova', 'employee', 0.5, 112000, NULL)
  (34, 'Farid Haddad', 'employee', 1.0, 128000, NULL)
  (35, 'Grace Liu', 'candidate', 1.0, 88000, NULL)
  (36, 'Hugo Martin', 'employee', 1.0, 92000, NULL)
  (47, 'Senior data engineer (to hire)', 'planned-hire', 1.0, 125000, 37)

CREATE TABLE person_skill (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    skill_id  INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    level     INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    PRIMARY KEY (person_id, skill_id)
) WITHOUT ROWID;
  (29, 1, 4)
  (29, 2, 3)
  (29, 3, 3)
  (29, 4, 3)
  (29, 5, 4)
  (29, 6, 3)
  (29, 7, 2)
  (29, 9, 3)
  (29, 10, 2)
  (29, 12, 2)
  (29, 13, 2)
  (29, 18, 3)
  (30, 1, 3)
  (30, 2, 2)
  (30, 3, 3)
  (30, 4, 2)
  (30, 5, 3)
  (30, 6, 2)
  (30, 7, 1)
  (30, 9, 2)
  (30, 10, 1)
  (30, 12, 1)
  (30, 13, 2)
  (30, 16, 1)
  (30, 18, 2)
  (31, 1, 3)
  (31, 2, 2)
  (31, 5, 3)
  (31, 7, 3)
  (31, 8, 4)
  (31, 9, 2)
  (31, 18, 3)
  (32, 1, 2)
  (32, 5, 2)
  (32, 7, 2)
  (32, 8, 3)
  (32, 17, 2)
  (32, 18, 2)
  (33, 5, 2)
  (33, 7, 1)
  (33, 17, 4)
  (34, 1, 2)
  (34, 9, 4)
  (34, 10, 4)
  (34, 11, 3)
  (34, 12, 3)
  (34, 13, 3)
  (34, 18, 2)
  (35, 1, 2)
  (35, 9, 2)
  (35, 14, 3)
  (35, 15, 3)
  (35, 16, 2)
  (36, 1, 2)
  (36, 2, 1)
  (36, 3, 2)
  (36, 5, 3)
  (36, 9, 2)
  (36, 12, 2)
  (36, 13, 1)
  (36, 15, 2)
  (36, 18, 3)
  (47, 1, 3)
  (47, 2, 4)
  (47, 3, 3)
  (47, 4, 3)
  (47, 5, 3)
  (47, 6, 3)
  (47, 7, 2)
  (47, 9, 3)
  (47, 10, 2)
  (47, 12, 2)
  (47, 13, 2)
  (47, 18, 2)

CREATE TABLE project (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    name    TEXT NOT NULL CHECK (length(name) > 0)
, training_cost REAL NOT NULL DEFAULT 6000 CHECK (training_cost >= 0), training_weeks REAL NOT NULL DEFAULT 6 CHECK (training_weeks >= 0), tool_catalog TEXT NOT NULL DEFAULT '', recruiting_share REAL NOT NULL DEFAULT 0.2
    CHECK (recruiting_share >= 0 AND recruiting_share <= 10), months_to_hire INTEGER NOT NULL DEFAULT 3
    CHECK (months_to_hire BETWEEN 0 AND 24));
  (1, 'MLOps team (sample)', 6000.0, 6.0, '', 0.2, 3)

CREATE TABLE requirement (
    role_id    INTEGER NOT NULL REFERENCES role (id) ON DELETE CASCADE,
    skill_id   INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    min_level  INTEGER NOT NULL CHECK (min_level BETWEEN 1 AND 4),
    importance TEXT NOT NULL CHECK (importance IN ('must-have', 'nice-to-have')),
    position   INTEGER NOT NULL, rationale TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', maturity_level INTEGER NOT NULL DEFAULT 0
    CHECK (maturity_level BETWEEN 0 AND 4),
    PRIMARY KEY (role_id, skill_id)
) WITHOUT ROWID;
  (21, 1, 3, 'must-have', 0, '''Strong Python skill (functional as well as OOPS)'': strong = Advanced.', '', 0)
  (21, 2, 3, 'must-have', 1, 'Listed with strong Python in the same point: Advanced.', '', 0)
  (21, 3, 3, 'must-have', 2, '''Strong ETL knowledge'': Advanced.', '', 0)
  (21, 4, 2, 'must-have', 3, '''At least one orchestration tool'': Working in one tool is enough.', '', 0)
  (21, 5, 3, 'must-have', 4, '''Strong SQL skill'': Advanced.', '', 0)
  (21, 6, 3, 'must-have', 5, '''Strong SQL skill, Data lake, and DWH concepts'': the same point, Advanced.', '', 0)
  (21, 7, 2, 'must-have', 6, '''A good idea of Machine Learning workflow'': Working.', '', 0)
  (21, 9, 2, 'must-have', 7, '''Basic Github … code versioning'': Working, not Awareness, because data engineers branch, merge and review every day without help.', '', 0)
  (21, 10, 1, 'must-have', 8, '''Basic … DevOps culture of CI/CD'': Awareness, because they use the pipelines the DevOps engineer builds.', '', 0)
  (21, 12, 1, 'must-have', 9, '''The basic concept of Docker and containerization'': the concept, so Awareness.', '', 0)
  (21, 13, 2, 'must-have', 10, '''One of the clouds implementation knowledge (not to be an expert)'': Working.', '', 0)
  (21, 16, 1, 'nice-to-have', 12, 'Not in the article: data validation in the pipelines eases the QA engineer''s work.', '', 0)
  (21, 18, 2, 'must-have', 11, '''The mindset to extend the boundary and comfort zone''.', '', 0)
  (23, 1, 2, 'must-have', 1, '''Data Scientist with good coding skill'': good = Working; strong Python is asked of the data engineers.', '', 0)
  (23, 5, 2, 'nice-to-have', 4, 'Not in the article: querying the warehouse without waiting for a data engineer.', '', 0)
  (23, 7, 3, 'must-have', 2, 'Data scientists own training and evaluation, the core of the workflow.', '', 0)
  (23, 8, 3, 'must-have', 0, 'The role itself: a data scientist models independently.', '', 0)
  (23, 9, 2, 'nice-to-have', 5, 'Not in the article: versioned notebooks and code make models reproducible.', '', 0)
  (23, 18, 2, 'must-have', 3, '''The mindset to extend the boundary and comfort zone''.', '', 0)
  (24, 7, 1, 'nice-to-have', 1, 'Not in the article: knowing what a model can learn helps frame the use case.', '', 0)
  (24, 17, 4, 'must-have', 0, '''SME based on the use-case and domain of implementation'': an expert of the domain.', '', 0)
  (26, 9, 3, 'must-have', 2, 'The article names GitHub among the tools to implement: Advanced.', '', 0)
  (26, 10, 4, 'must-have', 0, '''A DevOps expert with sound implementation experience of CI/CD … across environments'': Expert.', '', 0)
  (26, 11, 3, 'must-have', 1, 'The article names JFrog among the tools to implement: Advanced.', '', 0)
  (26, 12, 3, 'nice-to-have', 3, 'Not in the article: pipelines build and ship the container images.', '', 0)
  (26, 13, 2, 'nice-to-have', 4, 'Not in the article: the environments usually run on the chosen cloud.', '', 0)
  (28, 1, 2, 'nice-to-have', 3, 'Not in the article: the team''s tests are written in Python.', '', 0)
  (28, 14, 3, 'must-have', 0, '''A professional QA engineer is a must-have'': professional = Advanced.', '', 0)
  (28, 15, 3, 'must-have', 1, 'A professional QA engineer automates regression tests: Advanced.', '', 0)
  (28, 16, 2, 'must-have', 2, 'ML systems fail through data and models too: Working.', '', 0)
  (42, 1, 3, 'must-have', 0, '''Strong Python skill (functional as well as OOPS)'': strong = Advanced.', '', 0)
  (42, 2, 3, 'must-have', 1, 'Listed with strong Python in the same point: Advanced.', '', 0)
  (42, 3, 3, 'must-have', 2, '''Strong ETL knowledge'': Advanced.', '', 0)
  (42, 4, 2, 'must-have', 3, '''At least one orchestration tool'': Working in one tool is enough.', '', 0)
  (42, 5, 3, 'must-have', 4, '''Strong SQL skill'': Advanced.', '', 0)
  (42, 6, 3, 'must-have', 5, '''Strong SQL skill, Data lake, and DWH concepts'': the same point, Advanced.', '', 0)
  (42, 7, 2, 'must-have', 6, '''A good idea of Machine Learning workflow'': Working.', '', 0)
  (42, 9, 2, 'must-have', 7, '''Basic Github … code versioning'': Working, not Awareness, because data engineers branch, merge and review every day without help.', '', 0)
  (42, 10, 1, 'must-have', 8, '''Basic … DevOps culture of CI/CD'': Awareness, because they use the pipelines the DevOps engineer builds.', '', 0)
  (42, 12, 1, 'must-have', 9, '''The basic concept of Docker and containerization'': the concept, so Awareness.', '', 0)
  (42, 13, 2, 'must-have', 10, '''One of the clouds implementation knowledge (not to be an expert)'': Working.', '', 0)
  (42, 16, 1, 'nice-to-have', 12, 'Not in the article: data validation in the pipelines eases the QA engineer''s work.', '', 0)
  (42, 18, 2, 'must-have', 11, '''The mindset to extend the boundary and comfort zone''.', '', 0)
  (43, 1, 2, 'must-have', 1, '''Data Scientist with good coding skill'': good = Working; strong Python is asked of the data engineers.', '', 0)
  (43, 5, 2, 'nice-to-have', 4, 'Not in the article: querying the warehouse without waiting for a data engineer.', '', 0)
  (43, 7, 3, 'must-have', 2, 'Data scientists own training and evaluation, the core of the workflow.', '', 0)
  (43, 8, 3, 'must-have', 0, 'The role itself: a data scientist models independently.', '', 0)
  (43, 9, 2, 'nice-to-have', 5, 'Not in the article: versioned notebooks and code make models reproducible.', '', 0)
  (43, 18, 2, 'must-have', 3, '''The mindset to extend the boundary and comfort zone''.', '', 0)
  (44, 7, 1, 'nice-to-have', 1, 'Not in the article: knowing what a model can learn helps frame the use case.', '', 0)
  (44, 17, 4, 'must-have', 0, '''SME based on the use-case and domain of implementation'': an expert of the domain.', '', 0)
  (45, 9, 3, 'must-have', 2, 'The article names GitHub among the tools to implement: Advanced.', '', 0)
  (45, 10, 4, 'must-have', 0, '''A DevOps expert with sound implementation experience of CI/CD … across environments'': Expert.', '', 0)
  (45, 11, 3, 'must-have', 1, 'The article names JFrog among the tools to implement: Advanced.', '', 0)
  (45, 12, 3, 'nice-to-have', 3, 'Not in the article: pipelines build and ship the container images.', '', 0)
  (45, 13, 2, 'nice-to-have', 4, 'Not in the article: the environments usually run on the chosen cloud.', '', 0)
  (46, 1, 2, 'nice-to-have', 3, 'Not in the article: the team''s tests are written in Python.', '', 0)
  (46, 14, 3, 'must-have', 0, '''A professional QA engineer is a must-have'': professional = Advanced.', '', 0)
  (46, 15, 3, 'must-have', 1, 'A professional QA engineer automates regression tests: Advanced.', '', 0)
  (46, 16, 2, 'must-have', 2, 'ML systems fail through data and models too: Working.', '', 0)

CREATE TABLE role (
    id        INTEGER PRIMARY KEY,
    team_id   INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    name      TEXT NOT NULL CHECK (length(name) > 0),
    headcount INTEGER NOT NULL CHECK (headcount >= 1),
    cost_min  INTEGER NOT NULL CHECK (cost_min >= 0),
    cost_max  INTEGER NOT NULL CHECK (cost_max >= cost_min),
    position  INTEGER NOT NULL, ramp_up_months INTEGER NOT NULL DEFAULT 2
    CHECK (ramp_up_months BETWEEN 0 AND 24), maturity_level INTEGER NOT NULL DEFAULT 0
    CHECK (maturity_level BETWEEN 0 AND 4),
    UNIQUE (team_id, name)
);
  (21, 20, 'Data Engineer', 2, 90000, 130000, 0, 2, 0)
  (23, 22, 'Data Scientist', 2, 95000, 140000, 1, 2, 0)
  (24, 22, 'Subject-matter expert', 1, 80000, 130000, 2, 2, 0)
  (26, 25, 'DevOps Engineer', 1, 95000, 135000, 3, 2, 0)
  (28, 27, 'QA Engineer', 1, 70000, 100000, 4, 2, 0)
  (42, 38, 'Data Engineer', 3, 90000, 130000, 0, 2, 0)
  (43, 39, 'Data Scientist', 2, 95000, 140000, 1, 2, 0)
  (44, 39, 'Subject-matter expert', 1, 80000, 130000, 2, 2, 0)
  (45, 40, 'DevOps Engineer', 1, 95000, 135000, 3, 2, 0)
  (46, 41, 'QA Engineer', 1, 70000, 100000, 4, 2, 0)

CREATE TABLE scenario (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    position INTEGER NOT NULL
, description TEXT NOT NULL DEFAULT '', horizon_start TEXT
    CHECK (horizon_start IS NULL OR horizon_start GLOB '[12][0-9][0-9][0-9]-[01][0-9]'), horizon_months INTEGER NOT NULL DEFAULT 24
    CHECK (horizon_months BETWEEN 1 AND 120));
  (19, 'Current staffing', 0, 'Who the team has today, before any hire.', NULL, 24)
  (37, 'Hire QA and a senior DE', 1, 'Grace Liu joins as QA engineer; a senior data engineer is hired.', NULL, 24)

CREATE TABLE skill (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0),
    category    TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL
);
  (1, 'Python', 'Programming', 'Production Python in both functional and object-oriented style: packaging, typing, testing.', 0)
  (2, 'Spark', 'Data engineering', 'Distributed data processing with Apache Spark / PySpark: jobs, partitioning, tuning.', 1)
  (3, 'ETL', 'Data engineering', 'Designing, building and operating extract-transform-load pipelines, batch and incremental.', 2)
  (4, 'Workflow orchestration', 'Data engineering', 'Scheduling and monitoring pipelines with an orchestrator such as Airflow, Prefect or Dagster.', 3)
  (5, 'SQL', 'Data engineering', 'Analytical and transactional SQL: joins, window functions, query plans.', 4)
  (6, 'Data lakes & warehouses', 'Data engineering', 'Data lake and data-warehouse concepts: storage layers, file formats, dimensional modelling.', 5)
  (7, 'ML workflow', 'Machine learning', 'The machine-learning lifecycle: data preparation, training, evaluation, deployment, monitoring.', 6)
  (8, 'Data science & modelling', 'Machine learning', 'Statistics, feature engineering, model selection and validation.', 7)
  (9, 'Git & code versioning', 'Platform & DevOps', 'Git branching, pull requests and code review on GitHub or a similar host.', 8)
  (10, 'CI/CD', 'Platform & DevOps', 'Building and running CI/CD pipelines (Jenkins, GitHub Actions, Azure DevOps) that promote builds across Dev, QA and Production.', 9)
  (11, 'Artifact management', 'Platform & DevOps', 'Versioned artifact and image repositories such as JFrog Artifactory.', 10)
  (12, 'Docker & containers', 'Platform & DevOps', 'Building, running and debugging container images.', 11)
  (13, 'Cloud platform', 'Cloud', 'Implementing on one cloud (AWS, Azure or GCP): its storage, compute, identity and managed data services.', 12)
  (14, 'Test design', 'Quality', 'Deriving test cases from requirements and risks; test strategy across environments.', 13)
  (15, 'Test automation', 'Quality', 'Automated functional, integration and regression tests wired into CI.', 14)
  (16, 'Data & model testing', 'Quality', 'Validating data quality and model behaviour: schema checks, drift, performance thresholds.', 15)
  (17, 'Domain expertise', 'Domain', 'Subject-matter knowledge of the use case''s business domain.', 16)
  (18, 'Growth mindset', 'Mindset', '''The mindset to extend the boundary and comfort zone'': picks up unfamiliar tools and problems.', 17)

CREATE TABLE skill_training (
    skill_id       INTEGER PRIMARY KEY REFERENCES skill (id) ON DELETE CASCADE,
    training_cost  REAL NOT NULL CHECK (training_cost >= 0),
    training_weeks REAL NOT NULL CHECK (training_weeks >= 0)
);

CREATE TABLE stack (
    scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    stage       TEXT NOT NULL CHECK (length(stage) > 0),
    tool        TEXT NOT NULL CHECK (length(tool) > 0),
    PRIMARY KEY (scenario_id, stage)
) WITHOUT ROWID;

CREATE TABLE team (
    id          INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    UNIQUE (scenario_id, name)
);
  (20, 19, 'Data Engineering', 'Builds and runs the data and feature pipelines that feed the models.', 0)
  (22, 19, 'Data Science', 'Frames the use case, builds and evaluates the models.', 1)
  (25, 19, 'DevOps', 'Builds the delivery pipelines and environments from Dev through QA to Production.', 2)
  (27, 19, 'QA', 'Tests data, pipelines and models before they reach production.', 3)
  (38, 37, 'Data Engineering', 'Builds and runs the data and feature pipelines that feed the models.', 0)
  (39, 37, 'Data Science', 'Frames the use case, builds and evaluates the models.', 1)
  (40, 37, 'DevOps', 'Builds the delivery pipelines and environments from Dev through QA to Production.', 2)
  (41, 37, 'QA', 'Tests data, pipelines and models before they reach production.', 3)

CREATE TABLE tenure (
    scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    start_month TEXT CHECK (start_month IS NULL OR start_month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
    end_month   TEXT CHECK (end_month IS NULL OR end_month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
    CHECK (start_month IS NOT NULL OR end_month IS NOT NULL),
    CHECK (start_month IS NULL OR end_month IS NULL OR start_month < end_month),
    PRIMARY KEY (scenario_id, person_id)
) WITHOUT ROWID;

CREATE TABLE training (
    scenario_id  INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    skill_id     INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    target_level INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 4),
    cost         REAL NOT NULL CHECK (cost >= 0),
    weeks        REAL NOT NULL CHECK (weeks >= 0), start_month TEXT
    CHECK (start_month IS NULL OR start_month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
    PRIMARY KEY (scenario_id, person_id, skill_id)
) WITHOUT ROWID;

CREATE INDEX assignment_by_role ON assignment (role_id);
CREATE INDEX role_by_team ON role (team_id);
CREATE INDEX team_by_scenario ON team (scenario_id);
