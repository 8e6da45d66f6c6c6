// The MLOps stack of the current scenario, stage by stage: the tool chosen (or none), how well
// the team covers what it asks, and the requirements it adds; a preset to start from; and, for
// the selected stage, every tool ranked by fit with its reason. Each change is one undo step.
#pragma once

#include <QWidget>
#include <map>
#include <string>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace crewplan {

class ProjectDocument;

class StackView : public QWidget {
    Q_OBJECT

public:
    explicit StackView(ProjectDocument& document, QWidget* parent = nullptr);

    QTreeWidget* stages() const { return stages_; }
    QTreeWidget* fit() const { return fit_; }
    // Picks a tool for a stage (empty: none) as the planner would, through an edit.
    bool choose(const QString& stageId, const QString& tool);
    bool applyPreset(const QString& name);
    // The project's own catalog: from a JSON file (refused with the line of a mistake), to one,
    // or back to the built-in. Importing and resetting are one undo step with the stacks.
    bool importCatalog(const QString& path);
    bool exportCatalog(const QString& path);
    bool resetCatalog();
    QLabel* status() const { return status_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void showFit();
    bool setStack(const std::map<std::string, std::string>& stack, const QString& text);
    bool setCatalog(const std::string& json, const QString& text);

    ProjectDocument& document_;
    QComboBox* preset_;
    QTreeWidget* stages_;
    QTreeWidget* fit_;
    QLabel* status_;
    QLabel* catalogLabel_;
    bool stale_ = true;
    bool rebuilding_ = false;
};

} // namespace crewplan
