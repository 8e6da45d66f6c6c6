// The window's charts: names fitted rather than cut alike, round axis steps.
#include "charts/BarChart.h"
#include "charts/ChartStyle.h"

#include <QApplication>
#include <gtest/gtest.h>

using namespace crewplan;

TEST(Charts, RoundStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen) {
    EXPECT_DOUBLE_EQ(charts::roundStep(1118.0, 4), 500.0); // not 280, 559, 839
    EXPECT_DOUBLE_EQ(charts::roundStep(819.2, 4), 250.0);
    EXPECT_DOUBLE_EQ(charts::roundStep(100.0, 4), 25.0);
    EXPECT_DOUBLE_EQ(charts::roundStep(7.0, 4), 2.0);
    EXPECT_DOUBLE_EQ(charts::roundStep(0.9, 4), 0.25);
    for (double top : {3.0, 47.0, 606.2, 819.2, 12345.0, 999999.0}) {
        const double step = charts::roundStep(top, 4);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        EXPECT_TRUE(mantissa == 1.0 || mantissa == 2.0 || mantissa == 2.5 || mantissa == 5.0)
            << top << " → " << step;
        EXPECT_GE(step * 4, top) << "four steps reach the top";
        EXPECT_LE(std::ceil(top / step), 8) << "and not too many ticks";
    }
}

TEST(Charts, BarCategoryNamesAreBrokenToFitNeverCutAlike) {
    charts::BarChart chart;
    const QStringList teams{QStringLiteral("Data Engineering"), QStringLiteral("Data Science"),
                            QStringLiteral("DevOps"), QStringLiteral("QA & <Test>")};
    chart.setData(QStringLiteral("Coverage"), teams,
                  {{QStringLiteral("Must-have"), {0.5, 0.75, 1.0, std::nullopt}}});
    chart.resize(1200, 400);
    chart.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    EXPECT_EQ(chart.categoryNames(), teams) << "room enough: every name whole";

    chart.resize(260, 300);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QStringList narrow = chart.categoryNames();
    ASSERT_EQ(narrow.size(), teams.size());
    EXPECT_EQ(QSet<QString>(narrow.begin(), narrow.end()).size(), teams.size())
        << "two teams never read the same";
    for (qsizetype i = 0; i < teams.size(); ++i) {
        // Each shown name starts as the real one does: whole words first, elided at the end.
        const QString shown = QString(narrow[i]).remove(QChar(0x2026));
        EXPECT_TRUE(teams[i].startsWith(shown.trimmed()))
            << narrow[i].toStdString() << " for " << teams[i].toStdString();
    }
}
