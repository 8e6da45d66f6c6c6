#include "FileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace crewplan {

namespace {
QString filter() {
    return QCoreApplication::translate("FileDialogs",
                                       "Crewplan projects (*.crewplan);;All files (*)");
}
} // namespace

QString SystemFileDialogs::openProject(QWidget* parent) {
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("FileDialogs", "Open project"), QString(), filter());
}

QString SystemFileDialogs::saveProject(QWidget* parent, const QString& title) {
    QString path = QFileDialog::getSaveFileName(parent, title, QString(), filter());
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".crewplan")) && !QFileInfo(path).exists())
        path += QStringLiteral(".crewplan");
    return path;
}

} // namespace crewplan
