// `crewplan import` and `crewplan export`: a roster in from CSV; the people, coverage and plan
// out as CSV, an XLSX workbook or the whole project as JSON.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace crewplan {

struct ImportArguments {
    std::string file;
    std::string csv;
    std::string scenario;
    std::string delimiter; // ",", ";", "tab"; empty: guessed
    std::string scale = "0-4";
    bool dryRun = false;
    bool addOnly = false;
    bool update = false; // the default; the flag says so out loud
    bool createSkills = false;
    bool skipBadRows = false;
    bool json = false;
};

CLI::App* addImportCommand(CLI::App& app, ImportArguments& args);
int runImport(const ImportArguments& args, std::ostream& out, std::ostream& err);

struct ExportArguments {
    std::string file;
    std::string format; // csv, xlsx, json
    std::string output = "-";
    std::string scenario;
    std::string table = "people"; // csv: people or coverage
    bool words = false;
    bool plan = false;
    std::vector<std::string> compare;
};

CLI::App* addExportCommand(CLI::App& app, ExportArguments& args);
int runExport(const ExportArguments& args, std::ostream& out, std::ostream& err);

} // namespace crewplan
