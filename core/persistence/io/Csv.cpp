#include "io/Csv.h"

#include <algorithm>
#include <array>
#include <csv.h>
#include <memory>

namespace crewplan {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Whether `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
// U+10FFFF); if not, the offset of the first bad byte.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    while (i < text.size()) {
        const unsigned char c = byte(i);
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (c < 0x80) {
            length = 1;
        } else if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;  // not overlong
            high = c == 0xED ? 0x9F : 0xBF; // not a surrogate
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF; // not past U+10FFFF
        } else {
            return i;
        }
        if (i + length > text.size())
            return i;
        for (std::size_t k = 1; k < length; ++k) {
            const unsigned char next = byte(i + k);
            if (k == 1 ? (next < low || next > high) : (next & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return std::nullopt;
}

std::size_t lineAt(std::string_view text, std::size_t offset) {
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// What libcsv hands back, field by field and row by row, with the physical line being fed.
struct Collector {
    CsvTable table;
    CsvRow row;
    std::size_t line = 1; // the line being fed to the parser
    bool rowStarted = false;

    static void field(void* data, std::size_t size, void* self) {
        auto* c = static_cast<Collector*>(self);
        std::string value(static_cast<const char*>(data), size);
        if (!c->rowStarted) {
            // The field ended on this line; it started as many lines up as it holds breaks.
            c->row.line =
                c->line - static_cast<std::size_t>(std::count(value.begin(), value.end(), '\n'));
            c->rowStarted = true;
        }
        c->row.fields.push_back(std::move(value));
    }
    static void rowEnd(int, void* self) {
        auto* c = static_cast<Collector*>(self);
        // A line of nothing but delimiters or spaces is as blank as an empty one.
        const bool blank =
            std::all_of(c->row.fields.begin(), c->row.fields.end(), [](const std::string& f) {
                return f.find_first_not_of(" \t") == std::string::npos;
            });
        if (!blank)
            c->table.rows.push_back(std::move(c->row));
        c->row = {};
        c->rowStarted = false;
    }
};

int isSpace(unsigned char c) {
    return c == ' '; // not tab: a tab may be the delimiter
}

} // namespace

char guessCsvDelimiter(std::string_view text) {
    if (text.substr(0, kBom.size()) == kBom)
        text.remove_prefix(kBom.size());
    std::array<std::pair<char, int>, 3> counts{{{',', 0}, {';', 0}, {'\t', 0}}};
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted) {
            for (auto& [delimiter, count] : counts)
                count += c == delimiter;
        }
    }
    const auto best = std::max_element(counts.begin(), counts.end(),
                                       [](auto& a, auto& b) { return a.second < b.second; });
    return best->second > 0 ? best->first : ',';
}

Result<CsvTable> readCsv(std::string_view text, std::string_view sourceName,
                         std::optional<char> delimiter) {
    const std::string source(sourceName);
    if (text.substr(0, kBom.size()) == kBom)
        text.remove_prefix(kBom.size());
    if (const auto bad = firstInvalidUtf8(text))
        return Error{source + ", line " + std::to_string(lineAt(text, *bad)) +
                     ": not UTF-8 text (save the file as UTF-8)."};
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return Error{source + ": out of memory while reading."};
    const std::unique_ptr<csv_parser, void (*)(csv_parser*)> guard(&parser, csv_free);
    Collector collector;
    collector.table.delimiter = delimiter.value_or(guessCsvDelimiter(text));
    csv_set_delim(&parser, static_cast<unsigned char>(collector.table.delimiter));
    csv_set_space_func(&parser, isSpace);
    // The line where the field now open began, for a quote that is never closed.
    std::size_t openedOn = 1;
    const auto failed = [&](std::size_t line) -> Error {
        if (csv_error(&parser) == CSV_EPARSE)
            return Error{source + ", line " + std::to_string(line) +
                         ": a quote in the middle of a field, or a quoted field that is not "
                         "closed (a quote inside a quoted field is written twice: \"\")."};
        return Error{source + ": the file is too large to read."};
    };
    // Fed a line at a time, so each field knows the line it ends on.
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end + 1;
        const std::string_view chunk = text.substr(start, end - start);
        if (!parser.quoted) // libcsv's own state: not inside a quoted field
            openedOn = collector.line;
        if (csv_parse(&parser, chunk.data(), chunk.size(), Collector::field, Collector::rowEnd,
                      &collector) != chunk.size())
            return failed(collector.line);
        start = end;
        if (chunk.back() == '\n')
            ++collector.line;
    }
    if (!text.empty() && text.back() == '\n')
        --collector.line; // a final line break opens no new line
    if (csv_fini(&parser, Collector::field, Collector::rowEnd, &collector) != 0)
        return failed(openedOn);
    return std::move(collector.table);
}

std::string csvLine(const std::vector<std::string>& fields, char delimiter) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        const std::string& f = fields[i];
        const bool quote =
            f.find_first_of(std::string{delimiter, '"', '\r', '\n'}) != std::string::npos ||
            (!f.empty() && (f.front() == ' ' || f.back() == ' '));
        if (!quote) {
            line += f;
            continue;
        }
        line += '"';
        for (char c : f)
            line += c == '"' ? std::string("\"\"") : std::string(1, c);
        line += '"';
    }
    return line + "\r\n";
}

} // namespace crewplan
