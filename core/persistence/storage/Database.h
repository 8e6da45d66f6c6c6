// A thin RAII layer over the SQLite C API: a connection, prepared statements that always bind
// their parameters, and a transaction that rolls back unless committed.
#pragma once

#include "model/Result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace crewplan {

// A text column that may be NULL.
struct NullableText {
    std::optional<std::string> text;
};

class Statement;

class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    static Result<Database> open(const std::string& path, Mode mode);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs SQL that takes no parameters (schema, pragmas).
    Status execute(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    Result<std::int64_t> pragmaInteger(std::string_view pragma);
    std::string lastError() const;
    // Whether the last call failed because another connection holds the file locked.
    bool isBusy() const;
    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }

    // Each statement step may run this many thousand SQLite instructions (about two seconds),
    // no more: a file from elsewhere (a recursive view, a runaway query) is stopped, never hangs
    // the program. A step over our own checked file that must copy all of it (VACUUM INTO) lifts
    // the bound while it runs.
    static constexpr std::int64_t kStepBudget = 50'000;
    struct Budget {
        std::int64_t left = kStepBudget; // for the running step, in thousands of instructions
        std::int64_t perStep = kStepBudget;
    };
    void setStepBounded(bool bounded) { budget_->perStep = bounded ? kStepBudget : INT64_MAX; }

private:
    Database(sqlite3* db, std::string path);
    sqlite3* db_ = nullptr;
    std::string path_;
    std::unique_ptr<Budget> budget_;
};

class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bindNull(int index);
    Statement& bind(int index, const NullableText& value) {
        return value.text ? bind(index, std::string_view(*value.text)) : bindNull(index);
    }
    Statement& bind(int index, std::optional<std::int64_t> value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once: true while a row is available, false when done. Errors are kept for status().
    bool step();
    // Runs to completion (for INSERT, UPDATE, DELETE) and resets for the next use.
    Status run();
    void reset();
    Status status() const;

    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, sqlite3* db, Database::Budget* budget)
        : stmt_(stmt), db_(db), budget_(budget) {}
    sqlite3_stmt* stmt_ = nullptr;
    sqlite3* db_ = nullptr;
    Database::Budget* budget_ = nullptr;
    int lastCode_ = 0;
    std::string error_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
// BEGIN IMMEDIATE … COMMIT, rolled back unless committed; inside another transaction (the
// edits of a batch) a savepoint, released or rolled back to.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Status begun() const { return begun_; }
    Status commit();

private:
    Database& db_;
    Status begun_;
    bool open_ = false;
    bool nested_ = false; // inside another transaction: a savepoint
};

} // namespace crewplan
