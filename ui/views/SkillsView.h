// The skill catalog: add, rename, describe, categorize; deleting a skill in use first says where.
#pragma once

#include <QWidget>
#include <functional>

class QTableView;

namespace crewplan {

class ProjectDocument;
class SkillsModel;

class SkillsView : public QWidget {
    Q_OBJECT

public:
    SkillsView(ProjectDocument& document, QWidget* parent = nullptr);

    SkillsModel* skillsModel() const { return model_; }
    QTableView* table() const { return table_; }
    void addSkill();
    void removeCurrentSkill();
    // Asks the user to confirm; a message box by default, replaceable in tests.
    std::function<bool(const QString& question)> confirm;

private:
    ProjectDocument& document_;
    SkillsModel* model_;
    QTableView* table_;
};

} // namespace crewplan
