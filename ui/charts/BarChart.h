// Grouped bars of ratios, one group per category: team coverage in the window and the comparison.
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <vector>

namespace crewplan::charts {

// Grouped bars of ratios (0–1, shown as 0–100 %): one group per category, one bar per series.
struct BarSeries {
    QString name;
    std::vector<std::optional<double>> values; // one per category; nullopt = n/a (no bar)
};

class BarChart : public QWidget {
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);
    ~BarChart() override;
    void setData(const QString& title, const QStringList& categories,
                 const std::vector<BarSeries>& series);
    // The category names as the axis shows them, lines joined by spaces ("…" where elided).
    QStringList categoryNames() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Parts;
    Parts* parts_;
    QStringList categoryLabels(int columnWidth) const;
    void fitCategoryNames();
};

} // namespace crewplan::charts
