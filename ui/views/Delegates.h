// Item delegates for Crewplan's tables: choices from a fixed list, bounded numbers, and the
// skill-level dots that a click or a key 0–4 sets.
#pragma once

#include <QStyledItemDelegate>
#include <utility>
#include <vector>

namespace crewplan {

// Edits an int-valued cell with a combo box of labelled values.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    ChoiceDelegate(std::vector<std::pair<QString, int>> choices, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    std::vector<std::pair<QString, int>> choices_;
};

// Edits a number between bounds; values outside are refused by the core, which says why.
// A number typed as text and handed to the model as typed: the model stores it or refuses it
// with the reason (an FTE of 1.5 is refused, never clamped to 1 by a spin box's range).
class NumberDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    NumberDelegate(int decimals, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    int decimals_;
};

// Paints a level as four dots and a name; a click on the n-th dot sets level n (on the filled
// last dot: one less), keys 0–4 set it directly. The cell's Qt::EditRole holds the level.
class LevelDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit LevelDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget*, const QStyleOptionViewItem&,
                          const QModelIndex&) const override {
        return nullptr;
    }
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    static constexpr int kDots = 4;
    static QRect dotRect(const QRect& cell, int dot);
};

} // namespace crewplan
