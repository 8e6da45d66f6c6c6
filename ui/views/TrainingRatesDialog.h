// The skills whose training costs more or less than the project's rate: a row per skill, blank
// for the project's rate. What the planner changed comes back as edits.
#pragma once

#include "edits/Edit.h"

#include <QDialog>
#include <vector>

class QTableWidget;

namespace crewplan {

struct Project;

class TrainingRatesDialog : public QDialog {
    Q_OBJECT

public:
    TrainingRatesDialog(const Project& project, QWidget* parent = nullptr);

    // The rows that differ from the project as it was, or (in `error`) the first row that is not
    // a cost and weeks of 0 or more.
    std::vector<SetTrainingRate> changes(QString* error) const;

private:
    const Project& project_;
    QTableWidget* table_;
};

} // namespace crewplan
