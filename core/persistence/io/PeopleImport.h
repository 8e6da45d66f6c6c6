// Bringing a real roster in: people and their skill levels from a CSV table (an HR export, a
// spreadsheet skills matrix, a list of candidates), planned first and applied as one edit.
//
// planPeopleImport() reads the table against the project and says what would change, with every
// problem by line and column; nothing is written. Its `edit` is one EditBatch: applied through
// ProjectStore::apply it is one transaction, and in the window one undo step. Importing the
// same table again plans no change.
#pragma once

#include "edits/Edit.h"
#include "io/Csv.h"
#include "model/Project.h"

#include <optional>
#include <string>
#include <vector>

namespace crewplan {

// What a column of the table holds.
struct ImportColumn {
    enum class Kind { Ignore, Name, Status, Fte, YearlyCost, Role, Team, Skill, NewSkill };
    Kind kind = Kind::Ignore;
    SkillId skill{};          // for Skill
    std::string header;       // as the file has it
    std::string newSkillName; // for NewSkill: the skill to create (the header, trimmed)
};

// How the numbers of a level column read.
enum class LevelScale {
    ZeroToFour, // 0 None, 1 Awareness, 2 Working, 3 Advanced, 4 Expert (Crewplan's own)
    OneToFive,  // 1 None … 5 Expert: one less than the number
    Stars,      // ★ or * counted like 1 to 5 (one star: None … five: Expert); no star: None
};
std::optional<LevelScale> parseLevelScale(std::string_view name); // "0-4", "1-5", "stars"

// A level as people write it: 0–4 (on the scale), a name (None, Awareness, Working, Advanced,
// Expert) or a common synonym (Beginner, Basic, Intermediate, Strong, Proficient…); empty is None.
std::optional<SkillLevel> parseImportedLevel(std::string_view text, LevelScale scale);

// Headers compared as people mean them: case, spaces and punctuation aside ("CI/CD" = "ci-cd").
std::string headerKey(std::string_view header);

// The columns as Crewplan reads the header: name, status, FTE, yearly cost, role, team, and a
// skill for each header that names one. Unknown headers are NewSkill when `createSkills`, else
// Ignore.
std::vector<ImportColumn> guessImportColumns(const Project& project,
                                             const std::vector<std::string>& header,
                                             bool createSkills);

struct ImportOptions {
    std::string scenario; // where roles are assigned (and planned hires belong); empty: first
    enum class Mode { Update, AddOnly } mode = Mode::Update; // people matched by name
    LevelScale scale = LevelScale::ZeroToFour;
    bool skipBadRows = false; // import the good rows even if some are bad
};

struct ImportProblem {
    std::size_t line = 0;
    std::string column;  // empty: the row as a whole
    std::string message; // "people.csv, line 14, column 'Spark': 'expert-ish' is not a level …"
};

struct ImportPlan {
    std::vector<ImportColumn> columns;
    std::vector<ImportProblem> problems;
    // People's names ("line 7" for a row without one); skipped: rows left out, for a problem
    // or because --add-only leaves people already there alone.
    std::vector<std::string> added, updated, unchanged, skipped;
    std::vector<std::string> newSkills;
    int assignments = 0; // new assignments
    int levelChanges = 0;
    // Not problems, but worth a look: "Data Engineering/Data Engineer: 2.8 FTE for a headcount
    // of 2", for each role the import fills past its headcount.
    std::vector<std::string> notices;
    EditBatch edit;       // empty when nothing changes, or when a problem stops the import
    bool blocked = false; // problems, and the rows were not to be skipped
};

ImportPlan planPeopleImport(const Project& project, const CsvTable& table,
                            const std::vector<ImportColumn>& columns, const ImportOptions& options,
                            std::string_view sourceName);

// The people × skills matrix as CSV, importable back unchanged: Name, Status, FTE, Yearly cost,
// Role (Team/Role, several joined by "; "), then one column per skill in catalog order, levels
// as 0–4 or, with `words`, as names.
std::string peopleCsv(const Project& project, const Scenario& scenario, bool words);

} // namespace crewplan
