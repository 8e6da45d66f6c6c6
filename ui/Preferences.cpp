#include "Preferences.h"

#include <QFileInfo>

namespace crewplan {

Preferences::Preferences(const QString& iniFile)
    : settings(iniFile.isEmpty() ? QSettings() : QSettings(iniFile, QSettings::IniFormat)) {}

void Preferences::addRecentFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles.get();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    recentFiles.set(files);
}

} // namespace crewplan
