// CSV in and out, as spreadsheets and HR tools write it (RFC 4180: quoted fields with commas,
// quotes and line breaks inside; UTF-8 with or without a byte-order mark; comma, semicolon or
// tab between fields). Parsing is libcsv's; this adds the line numbers, the delimiter guess and
// messages in our words.
#pragma once

#include "model/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crewplan {

struct CsvRow {
    std::size_t line = 0; // where the row starts, from 1
    std::vector<std::string> fields;
};

struct CsvTable {
    char delimiter = ',';
    std::vector<CsvRow> rows; // the header first; blank lines are left out
};

// The delimiter that splits the first line into the most fields, among comma, semicolon and tab
// (outside quotes); a comma when the line has none of them.
char guessCsvDelimiter(std::string_view text);

// Reads a whole CSV text. Errors name the source and the line: "people.csv, line 7: a quoted
// field is not closed." or "people.csv, line 3: not UTF-8 text (save the file as UTF-8)."
Result<CsvTable> readCsv(std::string_view text, std::string_view sourceName,
                         std::optional<char> delimiter = std::nullopt);

// One line of CSV, fields quoted where they must be, ended by CRLF (RFC 4180).
std::string csvLine(const std::vector<std::string>& fields, char delimiter = ',');

} // namespace crewplan
