#include "Delegates.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <cmath>

namespace crewplan {

ChoiceDelegate::ChoiceDelegate(std::vector<std::pair<QString, int>> choices, QObject* parent)
    : QStyledItemDelegate(parent), choices_(std::move(choices)) {}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex&) const {
    auto* box = new QComboBox(parent);
    for (const auto& [label, value] : choices_)
        box->addItem(label, value);
    return box;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toInt())));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const {
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

NumberDelegate::NumberDelegate(int decimals, QObject* parent)
    : QStyledItemDelegate(parent), decimals_(decimals) {}

QWidget* NumberDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex&) const {
    auto* line = new QLineEdit(parent);
    line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return line;
}

void NumberDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const double value = index.data(Qt::EditRole).toDouble();
    static_cast<QLineEdit*>(editor)->setText(
        decimals_ == 0 ? QLocale().toString(static_cast<qlonglong>(std::llround(value)))
                       : QLocale().toString(value, 'g', 6));
}

void NumberDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const {
    // The text itself: the model reads the number (or says it is none) and the core judges it.
    model->setData(index, static_cast<QLineEdit*>(editor)->text().trimmed(), Qt::EditRole);
}

QRect LevelDelegate::dotRect(const QRect& cell, int dot) {
    const int size = std::max(8, std::min(cell.height() - 8, 12));
    const int gap = size / 2;
    const int top = cell.top() + (cell.height() - size) / 2;
    return {cell.left() + 6 + dot * (size + gap), top, size, size};
}

void LevelDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant value = index.data(Qt::EditRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int level = value.toInt();
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor on =
        selected ? opt.palette.highlightedText().color() : opt.palette.highlight().color();
    const QColor off = selected ? opt.palette.highlightedText().color() : opt.palette.mid().color();
    for (int dot = 0; dot < kDots; ++dot) {
        const QRect r = dotRect(opt.rect, dot);
        painter->setPen(QPen(dot < level ? on : off, 1.2));
        painter->setBrush(dot < level ? on : Qt::transparent);
        painter->drawEllipse(r);
    }
    const QRect last = dotRect(opt.rect, kDots - 1);
    QRect textRect = opt.rect;
    textRect.setLeft(last.right() + 10);
    painter->setPen(selected ? opt.palette.highlightedText().color() : opt.palette.text().color());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize LevelDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 90, 170));
    return size;
}

bool LevelDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (!(index.flags() & Qt::ItemIsEditable))
        return false;
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        for (int dot = 0; dot < kDots; ++dot) {
            if (dotRect(option.rect, dot)
                    .adjusted(-3, -3, 3, 3)
                    .contains(mouse->position().toPoint())) {
                const int current = index.data(Qt::EditRole).toInt();
                const int wanted =
                    current == dot + 1 ? dot : dot + 1; // click the last filled dot to lower
                model->setData(index, wanted, Qt::EditRole);
                return true;
            }
        }
    }
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_4) {
            model->setData(index, key->key() - Qt::Key_0, Qt::EditRole);
            return true;
        }
    }
    return false;
}

} // namespace crewplan
