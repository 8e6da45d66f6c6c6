// The commands that build and change a plan headless — skill, person, team, role, require,
// assign, unassign. Each is one edit in one transaction through the store, with the checks and
// messages the window gives; names are found as model/Lookup finds them, never guessed.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace crewplan {

struct EditArguments {
    std::string file;
    std::string scenario;
    std::vector<std::string> names; // the positional names after FILE
    std::optional<std::string> name, category, description, status, team, costBand;
    std::optional<double> fte;
    std::optional<double> cost;
    std::optional<int> headcount;
    std::vector<std::string> levels; // SKILL=LEVEL
    bool nice = false;
    bool json = false;
};

class EditCommands {
public:
    // Adds the commands to `app`; the arguments land in this object, which must outlive parsing.
    explicit EditCommands(CLI::App& app);
    EditCommands(const EditCommands&) = delete;
    EditCommands& operator=(const EditCommands&) = delete;

    bool parsed() const;
    int run(std::ostream& out, std::ostream& err) const;

    struct Command; // one leaf command: its parser and what it changes

private:
    CLI::App* add(CLI::App& parent, const char* name, const char* help, const Command& command);

    EditArguments args_;
    std::vector<std::pair<CLI::App*, const Command*>> commands_;
};

} // namespace crewplan
