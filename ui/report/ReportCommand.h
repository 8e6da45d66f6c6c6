// `crewplan report`: opens the project, builds the report and writes the PDF, with no display
// (Qt's offscreen platform).
#pragma once

#include <string>
#include <vector>

namespace crewplan::report {

struct ReportRequest {
    std::string file;
    std::string output;
    std::string scenario;             // empty: the first
    std::vector<std::string> compare; // two to four names: a comparison report
    std::string pageSize = "A4";      // A4 or Letter
    std::string author;               // empty: from the preferences
    std::string detail;               // summary, teams or full; empty: the preferences
    bool json = false;                // say what was written as JSON
};

// Exit code as the command line documents it; messages go to stderr.
int runReport(int& argc, char** argv, const ReportRequest& request);

} // namespace crewplan::report
