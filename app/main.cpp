// Crewplan's entry point: headless commands run without a display; otherwise the workbench opens.
#include "CommandLine.h"

#include <iostream>

#ifdef CREWPLAN_WITH_UI
#include "Workbench.h"
#include "report/ReportCommand.h"
#endif

int main(int argc, char* argv[]) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    const auto result = crewplan::runCommandLine(args, std::cout, std::cerr);
    if (result.exitCode)
        return *result.exitCode;
#ifdef CREWPLAN_WITH_UI
    if (result.report) {
        const auto& r = *result.report;
        return crewplan::report::runReport(
            argc, argv,
            {r.file, r.output, r.scenario, r.compare, r.pageSize, r.author, r.detail, r.json});
    }
    return crewplan::runWorkbench(argc, argv, result.fileToOpen);
#else
    std::cerr << "crewplan: this build has no window; run 'crewplan --help' for the commands.\n";
    return crewplan::kExitUsage;
#endif
}
