// `crewplan recommend`: its options, named as a planner names things (people, roles, skills), and
// the plan printed as text or JSON.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace crewplan {

struct RecommendArguments {
    std::string file;
    std::string scenario;
    std::optional<double> budget;       // yearly
    std::optional<double> oneOffBudget; // training and recruiting
    std::optional<double> recruiting;   // % of a hire's yearly cost
    std::optional<double> weeksToHire;
    bool fullTimeOnly = false;
    bool oneRoleEach = false;
    std::string mode = "cost";
    int depth = 0;
    int resilience = 0; // people any team may lose and keep every must-have
    std::optional<int> headcountCap;
    std::optional<double> maxTrainingWeeks;
    std::optional<double> trainingCost, trainingWeeks;
    std::vector<std::string> skillRates; // SKILL=COST[:WEEKS]
    std::vector<std::string> locks;      // PERSON=ROLE
    std::vector<std::string> excluded;   // PERSON
    bool profiles = false;
    double seconds = 2.0;
    bool json = false;
    bool apply = false; // carry the plan out in the file
    bool schedule = false;
    std::optional<int> hiresPerQuarter;
    std::optional<double> quarterlyBudget;
    bool keepCoverage = false;
};

CLI::App* addRecommendCommand(CLI::App& app, RecommendArguments& args);
int runRecommend(const RecommendArguments& args, std::ostream& out, std::ostream& err);

} // namespace crewplan
