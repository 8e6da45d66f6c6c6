#include "Actions.h"

#include <QAction>
#include <QIcon>

namespace crewplan {

QAction* ActionRegistry::add(const char* id, const QString& text, const QIcon& icon,
                             const QKeySequence& shortcut) {
    return adopt(id, new QAction(text, this), icon, shortcut);
}

QAction* ActionRegistry::adopt(const char* id, QAction* action, const QIcon& icon,
                               const QKeySequence& shortcut) {
    action->setObjectName(QString::fromLatin1(id));
    action->setIcon(icon);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!action->text().isEmpty())
        action->setToolTip(
            shortcut.isEmpty()
                ? QString(action->text()).remove(QLatin1Char('&'))
                : QStringLiteral("%1 (%2)").arg(QString(action->text()).remove(QLatin1Char('&')),
                                                shortcut.toString(QKeySequence::NativeText)));
    actions_.insert(QString::fromLatin1(id), action);
    return action;
}

QAction* ActionRegistry::get(const char* id) const {
    return actions_.value(QString::fromLatin1(id));
}

} // namespace crewplan
