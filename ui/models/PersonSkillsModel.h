// One person's level in every skill of the catalog, grouped by category. The level column is
// edited with the mouse (the level dots) or the keyboard (0 to 4).
#pragma once

#include "coverage/SkillMatrix.h"
#include "model/Ids.h"
#include "model/Skill.h"
#include "model/SkillLevel.h"

#include <QAbstractItemModel>
#include <unordered_map>
#include <vector>

namespace crewplan {

class ProjectDocument;

class PersonSkillsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { SkillName, Level, Needed, ColumnCount };
    static constexpr int LevelRole = Qt::UserRole + 1; // int 0..4

    explicit PersonSkillsModel(ProjectDocument& document, QObject* parent = nullptr);

    void setPerson(PersonId person);
    PersonId person() const { return person_; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    SkillId skillAt(const QModelIndex& index) const;
    QModelIndex indexOfSkill(SkillId skill, int column = SkillName) const;

private:
    void rebuild();
    void refreshValues();

    struct Group {
        SkillCategory category;
        std::vector<SkillId> skills;
    };
    ProjectDocument& document_;
    PersonId person_;
    std::vector<Group> groups_;
    std::vector<SkillId>
        shape_; // the catalog as last laid out, to tell a value change from a new layout
    std::unordered_map<SkillId, SkillLevel> needed_; // highest level the person's roles ask for
    void computeNeeded();
    // Level and needed level as last shown, to repaint only the rows that changed.
    // What a row shows: held, planned (training counted) and needed, as the core judges them.
    std::unordered_map<SkillId, SkillCell> shown_;
    SkillCell valuesOf(SkillId skill) const;
};

} // namespace crewplan
