// The time line on the command line: `crewplan timeline` prints a scenario month by month
// (coverage per team, people, FTE, payroll, one-off costs, when each team is covered);
// `crewplan horizon` and `crewplan tenure` set its dates, `crewplan target` its maturity targets
// and `crewplan hire-time` the project's time to hire, each as one undoable edit.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace crewplan {

struct TimelineArguments {
    std::string file;
    std::string scenario;
    bool json = false;
    // horizon
    std::optional<std::string> start; // "2027-01", or "today" for none
    std::optional<int> months;        // and hire-time
    // tenure
    std::string person;
    std::optional<std::string> from, until;
    bool clear = false;
    // target
    std::optional<int> level;
    std::optional<std::string> by;
};

struct TimelineCommands {
    CLI::App* timeline = nullptr;
    CLI::App* horizon = nullptr;
    CLI::App* tenure = nullptr;
    CLI::App* target = nullptr;
    CLI::App* hireTime = nullptr;
    bool parsed() const;
    int run(const TimelineArguments& args, std::ostream& out, std::ostream& err) const;
};

TimelineCommands addTimelineCommands(CLI::App& app, TimelineArguments& args);

} // namespace crewplan
