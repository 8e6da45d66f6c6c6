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

QString SystemFileDialogs::openTable(QWidget* parent) {
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("FileDialogs", "Import people from CSV"), QString(),
        QCoreApplication::translate("FileDialogs",
                                    "CSV and text tables (*.csv *.tsv *.txt);;All files (*)"));
}

QString SystemFileDialogs::saveExport(QWidget* parent, const QString& title,
                                      const QString& suggested, const QString& filter) {
    QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    // "Workbooks (*.xlsx)" -> ".xlsx"
    const int star = filter.indexOf(QStringLiteral("*."));
    const QString extension =
        star < 0
            ? QString()
            : filter.mid(star + 1).section(QLatin1Char(')'), 0, 0).section(QLatin1Char(' '), 0, 0);
    if (!path.isEmpty() && !extension.isEmpty() && !path.endsWith(extension, Qt::CaseInsensitive) &&
        !QFileInfo(path).exists())
        path += extension;
    return path;
}

} // namespace crewplan
