// The scenarios of the project: switch between them, create an empty one or a copy of the
// current one, rename in place, delete. Every operation is an undo step, in the file at once.
#pragma once

#include <QWidget>

class QTableView;

namespace crewplan {

class ProjectDocument;
class ScenariosModel;

class ScenariosPanel : public QWidget {
    Q_OBJECT

public:
    ScenariosPanel(ProjectDocument& document, QWidget* parent = nullptr);

    ScenariosModel* scenariosModel() const { return model_; }
    QTableView* table() const { return table_; }
    void addEmpty();
    void duplicateCurrent();
    void removeCurrent();

private:
    void selectCurrent();

    ProjectDocument& document_;
    ScenariosModel* model_;
    QTableView* table_;
};

} // namespace crewplan
