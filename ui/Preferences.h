// Typed settings: one key and one default per setting, kept with QSettings.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace crewplan {

template <class T> class Preference {
public:
    Preference(QSettings& settings, QString key, T fallback)
        : settings_(settings), key_(std::move(key)), fallback_(std::move(fallback)) {}

    T get() const {
        return settings_.value(key_, QVariant::fromValue(fallback_)).template value<T>();
    }
    void set(const T& value) { settings_.setValue(key_, QVariant::fromValue(value)); }

private:
    QSettings& settings_;
    QString key_;
    T fallback_;
};

class Preferences {
public:
    // Tests pass an INI file of their own; the application uses the platform's default place.
    explicit Preferences(const QString& iniFile = {});

    static constexpr int kMaxRecentFiles = 10;
    // Most recent first, at most kMaxRecentFiles, no duplicates.
    void addRecentFile(const QString& path);

    QSettings settings;
    Preference<QStringList> recentFiles{settings, QStringLiteral("files/recent"), {}};
    Preference<QByteArray> windowGeometry{settings, QStringLiteral("window/geometry"), {}};
    Preference<QByteArray> windowState{settings, QStringLiteral("window/state"), {}};
    Preference<QString> author{settings, QStringLiteral("report/author"), {}};
    Preference<QString> reportFolder{settings, QStringLiteral("report/folder"), {}}; // last used
    Preference<QString> reportPageSize{settings, QStringLiteral("report/pageSize"),
                                       QStringLiteral("A4")}; // or "Letter"
    Preference<QString> reportDetail{settings, QStringLiteral("report/detail"),
                                     QStringLiteral("full")}; // or "summary", "teams"
};

} // namespace crewplan
