#include "storage/Database.h"

#include <sqlite3.h>
#include <utility>

namespace crewplan {

namespace {

// SQLite's own words for the failures a person can meet, in ours; the rest (a damaged file's
// "no such table") as SQLite says it, for the caller to frame.
std::string describeFailure(sqlite3* db) {
    if (!db)
        return "no database";
    switch (sqlite3_extended_errcode(db) & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the file is in use: another program is writing to it";
    case SQLITE_READONLY:
        return "the file cannot be written (it or its folder is read-only)";
    case SQLITE_FULL:
        return "the disk is full";
    case SQLITE_IOERR:
        return "the disk could not be read or written";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "the file is damaged";
    case SQLITE_CONSTRAINT:
        return "it clashes with what the file holds (another program may have changed it)";
    case SQLITE_INTERRUPT:
        return "reading the file took too long and was stopped";
    case SQLITE_NOMEM:
        return "there is not enough memory";
    default:
        return sqlite3_errmsg(db);
    }
}

} // namespace

Result<Database> Database::open(const std::string& path, Mode mode) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close(db);
        return Error{message};
    }
    sqlite3_extended_result_codes(db, 1);
    // Files come from elsewhere: no schema-embedded functions or views may run code on open,
    // and the connection refuses writes that could corrupt the file.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
    // Another writer's transaction (a reload, an edit and an fsync) takes milliseconds, but a
    // busy disk can stretch it to seconds: wait up to ten before saying the file is in use.
    sqlite3_busy_timeout(db, 10000);
    return Database(db, path);
}

Database::Database(sqlite3* db, std::string path)
    : db_(db), path_(std::move(path)), budget_(std::make_unique<Budget>()) {
    sqlite3_progress_handler(
        db_, 1000, [](void* budget) { return --static_cast<Budget*>(budget)->left < 0 ? 1 : 0; },
        budget_.get());
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)),
      budget_(std::move(other.budget_)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
        budget_ = std::move(other.budget_);
    }
    return *this;
}

Database::~Database() {
    sqlite3_close(db_);
}

Status Database::execute(std::string_view sql) {
    char* message = nullptr;
    const std::string text(sql);
    budget_->left = budget_->perStep;
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string error = lastError();
        sqlite3_free(message);
        return Error{error};
    }
    return {};
}

bool Database::isBusy() const {
    const int code = sqlite3_extended_errcode(db_) & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
        SQLITE_OK)
        return Error{lastError()};
    return Statement(stmt, db_, budget_.get());
}

Result<std::int64_t> Database::pragmaInteger(std::string_view pragma) {
    auto stmt = prepare("PRAGMA " + std::string(pragma));
    if (!stmt)
        return stmt.error();
    if (!stmt->step())
        return Error{stmt->status().ok() ? "PRAGMA " + std::string(pragma) + " returned nothing"
                                         : stmt->status().message()};
    return stmt->integer(0);
}

std::string Database::lastError() const {
    return describeFailure(db_);
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(other.db_), budget_(other.budget_),
      lastCode_(other.lastCode_), error_(std::move(other.error_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        stmt_ = std::exchange(other.stmt_, nullptr);
        db_ = other.db_;
        budget_ = other.budget_;
        lastCode_ = other.lastCode_;
        error_ = std::move(other.error_);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

bool Statement::step() {
    if (budget_)
        budget_->left = budget_->perStep;
    lastCode_ = sqlite3_step(stmt_);
    if (lastCode_ == SQLITE_ROW)
        return true;
    if (lastCode_ != SQLITE_DONE)
        error_ = describeFailure(db_);
    return false;
}

Status Statement::run() {
    while (step()) {
    }
    Status result = status();
    reset();
    return result;
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    lastCode_ = 0;
    error_.clear();
}

Status Statement::status() const {
    if (!error_.empty())
        return Error{error_};
    return {};
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}
bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string();
}

Transaction::Transaction(Database& db)
    : db_(db), nested_(sqlite3_get_autocommit(db.handle()) == 0) {
    begun_ = db_.execute(nested_ ? "SAVEPOINT edit" : "BEGIN IMMEDIATE");
    open_ = begun_.ok();
}

Transaction::~Transaction() {
    if (open_ && nested_)
        (void)db_.execute("ROLLBACK TO edit; RELEASE edit");
    else if (open_)
        (void)db_.execute("ROLLBACK");
}

Status Transaction::commit() {
    if (!open_)
        return Error{"no transaction is open"};
    auto status = db_.execute(nested_ ? "RELEASE edit" : "COMMIT");
    if (status)
        open_ = false;
    return status;
}

} // namespace crewplan
