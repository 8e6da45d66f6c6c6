#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace crewplan {

bool installTranslations(QCoreApplication& app) {
    auto* english = new QTranslator(&app);
    if (!english->load(QStringLiteral(":/i18n/crewplan_en.qm"))) {
        delete english;
        return false;
    }
    return QCoreApplication::installTranslator(english);
}

} // namespace crewplan
