// File › Import people…: a CSV roster previewed before anything changes. It shows which column
// became which field or skill (each changeable), the options (scenario, update or add only,
// level scale, delimiter, skip bad rows), what the import would do, and every problem by line
// and column. Import is possible only when the plan is clean (or bad rows are to be skipped);
// the caller applies plan().edit as one undo step.
#pragma once

#include "io/PeopleImport.h"
#include "model/Ids.h"

#include <QDialog>
#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QTableWidget;

namespace crewplan {

struct Project;

class ImportPeopleDialog : public QDialog {
    Q_OBJECT
public:
    ImportPeopleDialog(const Project& project, ScenarioId scenario, const QString& sourceName,
                       std::string bytes, QWidget* parent = nullptr);

    const ImportPlan& plan() const { return plan_; }
    // Whether Import can be pressed: the file reads, the plan is not blocked, and it changes
    // something.
    bool canImport() const;
    // The text that says what Import would do.
    QString summary() const;
    QStringList problems() const;

    // What a column reads as; index into the file's header. For the tests and the combo boxes.
    void setColumn(int column, ImportColumn value);
    QComboBox* columnBox(int column) const;
    void setDelimiter(std::optional<char> delimiter);
    void setAddOnly(bool addOnly);
    void setSkipBadRows(bool skip);
    void setScale(LevelScale scale);

private:
    void reread();
    void replan();
    void fillColumns();

    const Project& project_;
    QString source_;
    std::string bytes_;
    std::optional<CsvTable> table_;
    QString readError_;
    std::vector<ImportColumn> columns_;
    ImportPlan plan_;

    QLabel* fileLabel_;
    QComboBox* delimiter_;
    QComboBox* scale_;
    QComboBox* scenario_;
    QRadioButton* update_;
    QRadioButton* addOnly_;
    QCheckBox* skipBad_;
    QTableWidget* columnsTable_;
    QLabel* summary_;
    QLabel* problemsTitle_;
    QListWidget* problems_;
    QDialogButtonBox* buttons_;
};

} // namespace crewplan
