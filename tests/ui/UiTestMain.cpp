// GoogleTest main for the UI tests: one QApplication for the whole run (offscreen in CTest).
#include "Translations.h"

#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    // CTest sets the offscreen platform; test discovery at build time runs us without it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    crewplan::installTranslations(app); // the English plural forms, as the application has
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
