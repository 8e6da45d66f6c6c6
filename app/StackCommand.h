// `crewplan stack`: show a scenario's MLOps stack and the requirements it implies, change it
// (a preset, or a tool per stage), and rank the tools of each stage by fit.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace crewplan {

struct StackArguments {
    std::string file;
    std::string scenario;
    std::string preset;
    std::vector<std::string> set;   // STAGE=TOOL
    std::vector<std::string> clear; // STAGE
    bool fit = false;
    bool json = false;
};

CLI::App* addStackCommand(CLI::App& app, StackArguments& args);
int runStack(const StackArguments& args, std::ostream& out, std::ostream& err);

// `crewplan catalog`: which tools catalog a project uses; export it, import an edited one, or go
// back to the built-in.
struct CatalogArguments {
    std::string file;
    std::string exportTo;
    std::string importFrom;
    bool reset = false;
    bool json = false;
};

CLI::App* addCatalogCommand(CLI::App& app, CatalogArguments& args);
int runCatalog(const CatalogArguments& args, std::ostream& out, std::ostream& err);

} // namespace crewplan
