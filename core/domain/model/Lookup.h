// Finding what a person names in words — on the command line or in an imported file — among a
// project's skills, people, teams and roles. An unknown name is an error saying what there is;
// a name that fits several is an error listing them, never a guess.
#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crewplan {

// Letters and digits only, in lower case: "CI/CD" and "ci-cd" both give "cicd".
std::string looseKey(std::string_view text);

// A skill by its name, without regard to case; failing that, by its loose key when one skill
// alone has it ("ci-cd" finds "CI/CD").
Result<const Skill*> skillNamed(const Project& project, std::string_view name);

// A person by name; where several share it, by the key the project JSON gives them ("Ana Lima
// #2": the second of that name in the project's order). With `scenario`, planned hires of other
// scenarios are not candidates.
Result<const Person*> personNamed(const Project& project, std::string_view name,
                                  const Scenario* scenario = nullptr);
// How the project JSON and the command line name a person: their name, or "Name #N" where
// several share it.
std::string personReference(const Project& project, const Person& person);

// A team of the scenario by its name: exactly, or without regard to case when only one fits.
Result<const Team*> teamNamed(const Scenario& scenario, std::string_view name);

// The roles of one scenario by name, indexed once (an import looks up thousands of rows):
// "Data Scientist" where one team alone has that role, "Data Science/Data Scientist" where
// several do, or the role's name within `team`. Names compare without regard to case; a name
// with a slash of its own ("CI/CD Engineer") is found whole before it is split.
class RoleLookup {
public:
    explicit RoleLookup(const Scenario& scenario);
    Result<const Role*> find(std::string_view text, std::string_view team = {}) const;
    // "'Data Science/Data Scientist'": how to name a role so that it is never ambiguous.
    std::string fullName(const Role& role) const;

private:
    struct Entry {
        const Role* role;
        std::string team; // lowered
    };
    std::vector<const Role*> matching(std::string_view name, std::string_view team) const;
    std::string example() const;

    const Scenario& scenario_;
    std::unordered_map<std::string, std::vector<Entry>> byName_;
};

} // namespace crewplan
