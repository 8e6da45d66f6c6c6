// libFuzzer target: any bytes as a people CSV, read and planned against the sample project, as
// the window's preview and `crewplan import --dry-run` do.
#include "io/Csv.h"
#include "io/PeopleImport.h"
#include "templates/Templates.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const crewplan::Project sample =
        *crewplan::makeProject(crewplan::ProjectTemplate::Sample);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto table = crewplan::readCsv(text, "fuzz.csv");
    if (!table || table->rows.empty())
        return 0;
    for (bool create : {false, true}) {
        const auto columns =
            crewplan::guessImportColumns(sample, table->rows.front().fields, create);
        crewplan::ImportOptions options;
        options.skipBadRows = create;
        (void)crewplan::planPeopleImport(sample, *table, columns, options, "fuzz.csv");
    }
    return 0;
}
