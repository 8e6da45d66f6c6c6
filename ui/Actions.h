// Every user command in one place: an id, a text, a standard shortcut and an icon. Menus,
// toolbars and tests find actions by id.
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QString>

class QAction;
class QIcon;

namespace crewplan {

namespace ActionId {
inline constexpr char NewProject[] = "file.new";
inline constexpr char NewEmptyProject[] = "file.newEmpty";
inline constexpr char Open[] = "file.open";
inline constexpr char SaveAs[] = "file.saveAs";
inline constexpr char ImportPeople[] = "file.importPeople";
inline constexpr char ExportSpreadsheet[] = "file.exportSpreadsheet";
inline constexpr char ExportPeopleCsv[] = "file.exportPeopleCsv";
inline constexpr char ExportProjectJson[] = "file.exportProjectJson";
inline constexpr char ExportPdf[] = "file.exportPdf";
inline constexpr char ExportComparison[] = "file.exportComparison";
inline constexpr char PrintPreview[] = "file.printPreview";
inline constexpr char Print[] = "file.print";
inline constexpr char ReportAuthor[] = "file.reportAuthor";
inline constexpr char PageA4[] = "file.pageA4";
inline constexpr char PageLetter[] = "file.pageLetter";
inline constexpr char DetailSummary[] = "file.detailSummary";
inline constexpr char DetailTeams[] = "file.detailTeams";
inline constexpr char DetailFull[] = "file.detailFull";
inline constexpr char Close[] = "file.close";
inline constexpr char Quit[] = "file.quit";
inline constexpr char Undo[] = "edit.undo";
inline constexpr char Redo[] = "edit.redo";
inline constexpr char AddPerson[] = "edit.addPerson";
inline constexpr char RemovePerson[] = "edit.removePerson";
inline constexpr char AddTeam[] = "edit.addTeam";
inline constexpr char AddRole[] = "edit.addRole";
inline constexpr char RemoveTeamOrRole[] = "edit.removeTeamOrRole";
inline constexpr char AddSkill[] = "edit.addSkill";
inline constexpr char RemoveSkill[] = "edit.removeSkill";
inline constexpr char About[] = "help.about";
} // namespace ActionId

class ActionRegistry : public QObject {
    Q_OBJECT

public:
    explicit ActionRegistry(QObject* parent) : QObject(parent) {}

    QAction* add(const char* id, const QString& text, const QIcon& icon,
                 const QKeySequence& shortcut = {});
    // Adopts an action made elsewhere (QUndoStack's undo and redo actions).
    QAction* adopt(const char* id, QAction* action, const QIcon& icon,
                   const QKeySequence& shortcut);
    QAction* get(const char* id) const;

private:
    QHash<QString, QAction*> actions_;
};

} // namespace crewplan
