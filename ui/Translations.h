// The application's translations. English is one too: it gives every %n text its singular and
// plural ("1 slot", "2 slots"), so it is always installed, before any other language.
#pragma once

class QCoreApplication;

namespace crewplan {

// Installs the built-in English plural forms (from the library's resources, :/i18n). Returns
// false when they are missing, which only a broken build can cause.
bool installTranslations(QCoreApplication& app);

} // namespace crewplan
