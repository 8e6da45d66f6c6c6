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

QString SystemFileDialogs::saveReport(QWidget* parent, const QString& suggested) {
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("FileDialogs", "Export the report as PDF"), suggested,
        QCoreApplication::translate("FileDialogs", "PDF documents (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) &&
        !QFileInfo(path).exists())
        path += QStringLiteral(".pdf");
    return path;
}

} // namespace crewplan
