// The time line on the command line: `crewplan timeline` prints a scenario month by month
// (coverage per team, people, FTE, payroll, one-off costs, when each team is covered);
// `crewplan horizon` and `crewplan tenure` set its dates, each as one undoable edit.
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
    std::optional<int> months;
    // tenure
    std::string person;
    std::optional<std::string> from, until;
    bool clear = false;
};

struct TimelineCommands {
    CLI::App* timeline = nullptr;
    CLI::App* horizon = nullptr;
    CLI::App* tenure = nullptr;
    bool parsed() const;
    int run(const TimelineArguments& args, std::ostream& out, std::ostream& err) const;
};

TimelineCommands addTimelineCommands(CLI::App& app, TimelineArguments& args);

} // namespace crewplan
