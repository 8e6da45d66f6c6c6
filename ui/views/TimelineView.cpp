#include "TimelineView.h"

#include "GanttChart.h"
#include "ProjectDocument.h"
#include "QtText.h"
#include "charts/TimelineCharts.h"
#include "maturity/Maturity.h"
#include "model/Project.h"
#include "model/Text.h"
#include "timeline/Timeline.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace crewplan {

namespace {

QDate dateOf(Month month) {
    return QDate(month.year(), month.monthOfYear(), 1);
}

Month monthOf(const QDate& date) {
    return Month::of(date.year(), date.month());
}

QString monthName(Month month) {
    return toQString(monthText(month));
}

// "Level 2 (Automated training)": the level's text at the start of a sentence or an item.
QString levelText(int level) {
    QString text = toQString(maturityLevelText(level));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

TimelineView::TimelineView(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
    start_ = new QDateEdit(this);
    start_->setDisplayFormat(QStringLiteral("yyyy-MM"));
    start_->setAccessibleName(tr("First month of the time line"));
    months_ = new QSpinBox(this);
    months_->setRange(1, Scenario::kMostHorizonMonths);
    months_->setSuffix(tr(" months"));
    months_->setAccessibleName(tr("Length of the time line"));
    hireTime_ = new QSpinBox(this);
    hireTime_->setRange(0, Project::kMostMonthsToHire);
    hireTime_->setSuffix(tr(" months"));
    hireTime_->setAccessibleName(tr("Time to hire"));
    hireTime_->setToolTip(tr("How long finding a hire takes, for every scenario of the project"));
    level_ = new QComboBox(this);
    for (int level = 1; level <= kMostMaturityLevel; ++level)
        level_->addItem(levelText(level), level);
    level_->setAccessibleName(tr("Maturity level"));
    by_ = new QDateEdit(this);
    by_->setDisplayFormat(QStringLiteral("yyyy-MM"));
    by_->setAccessibleName(tr("Target month"));
    auto* setTargetButton = new QPushButton(tr("Set tar&get"), this);
    setTargetButton->setToolTip(
        tr("Aim for this level by this month; what the level brings is added (one undo step)"));
    auto* clearButton = new QPushButton(tr("Clear targets"), this);
    targets_ = new QLabel(this);
    targets_->setWordWrap(true);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_ = new QLabel(this);
    status_->setWordWrap(true);

    auto* controls = new QGridLayout;
    controls->addWidget(new QLabel(tr("Time line from"), this), 0, 0);
    controls->addWidget(start_, 0, 1);
    controls->addWidget(new QLabel(tr("for"), this), 0, 2);
    controls->addWidget(months_, 0, 3);
    auto* hireLabel = new QLabel(tr("Finding a &hire takes"), this);
    hireLabel->setBuddy(hireTime_);
    controls->addWidget(hireLabel, 0, 4);
    controls->addWidget(hireTime_, 0, 5);
    controls->setColumnStretch(6, 1);
    controls->addWidget(new QLabel(tr("Target"), this), 1, 0);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(level_);
    targetRow->addWidget(new QLabel(tr("by"), this));
    targetRow->addWidget(by_);
    targetRow->addWidget(setTargetButton);
    targetRow->addWidget(clearButton);
    targetRow->addWidget(targets_, 1);
    controls->addLayout(targetRow, 1, 1, 1, 6);

    coverage_ = new charts::CoverageOverTimeChart(this);
    headcount_ = new charts::StackedBarChart(this);
    spend_ = new charts::StackedBarChart(this);
    gantt_ = new GanttChart(this);
    auto* ganttScroll = new QScrollArea(this);
    ganttScroll->setWidget(gantt_);
    ganttScroll->setWidgetResizable(true);
    ganttScroll->setFrameShape(QFrame::NoFrame);

    auto* charts = new QWidget(this);
    auto* chartsLayout = new QGridLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(coverage_, 0, 0, 1, 2);
    chartsLayout->addWidget(headcount_, 1, 0);
    chartsLayout->addWidget(spend_, 1, 1);
    chartsLayout->setRowStretch(0, 3);
    chartsLayout->setRowStretch(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(ganttScroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({700, 220});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(summary_);
    layout->addWidget(split, 1);
    layout->addWidget(status_);

    const auto horizonChanged = [this] {
        if (!rebuilding_)
            setHorizon(monthOf(start_->date()), months_->value());
    };
    connect(start_, &QDateEdit::editingFinished, this, horizonChanged);
    connect(months_, &QSpinBox::editingFinished, this, horizonChanged);
    connect(hireTime_, &QSpinBox::editingFinished, this, [this] {
        if (!rebuilding_)
            setMonthsToHire(hireTime_->value());
    });
    connect(setTargetButton, &QPushButton::clicked, this,
            [this] { setTarget(level_->currentData().toInt(), monthOf(by_->date())); });
    connect(clearButton, &QPushButton::clicked, this, [this] { clearTargets(); });
    connect(gantt_, &GanttChart::moved, this, [this](int index, int by) { moveItem(index, by); });
    const auto refresh = [this] {
        stale_ = true;
        if (isVisible())
            rebuild();
    };
    connect(&document_, &ProjectDocument::edited, this, refresh);
    connect(&document_, &ProjectDocument::scenarioChanged, this, refresh);
    connect(&document_, &ProjectDocument::projectReplaced, this, refresh);
}

void TimelineView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        rebuild();
}

bool TimelineView::setHorizon(std::optional<Month> start, int months) {
    const Scenario& s = document_.scenario();
    if (s.horizonStart == start && s.horizonMonths == months)
        return true;
    const auto refused = document_.apply(SetHorizon{s.id, start, months},
                                         tr("Set the time line of %1").arg(toQString(s.name)));
    status_->setText(refused.value_or(QString()));
    return !refused;
}

bool TimelineView::setMonthsToHire(int months) {
    if (document_.project().monthsToHire == months)
        return true;
    const auto refused = document_.apply(SetMonthsToHire{months},
                                         tr("Set the time to hire to %n month(s)", "", months));
    status_->setText(refused.value_or(QString()));
    return !refused;
}

bool TimelineView::setTarget(int level, Month by) {
    const Scenario& s = document_.scenario();
    std::vector<MaturityTarget> targets;
    for (const auto& t : s.targets) {
        if (t.level != level)
            targets.push_back(t);
    }
    targets.push_back({level, by});
    const auto change = targetChange(document_.project(), s, std::move(targets));
    if (!change) {
        status_->setText(toQString(change.message()));
        return false;
    }
    const auto refused = document_.apply(
        Edit{change->edit}, tr("Aim for level %1 by %2").arg(level).arg(monthName(by)));
    if (refused) {
        status_->setText(*refused);
        return false;
    }
    QStringList said;
    if (!change->added.empty()) {
        std::vector<std::string> added = change->added;
        said << tr("Added: %1.").arg(toQString(joinedWithAnd(added)));
    }
    for (const auto& note : change->skipped)
        said << tr("Left out: %1.").arg(toQString(note));
    status_->setText(said.join(QLatin1Char(' ')));
    return true;
}

bool TimelineView::clearTargets() {
    const Scenario& s = document_.scenario();
    if (s.targets.empty())
        return true;
    const auto refused =
        document_.apply(SetTargets{s.id, {}}, tr("Clear the targets of %1").arg(toQString(s.name)));
    status_->setText(refused.value_or(QString()));
    return !refused;
}

bool TimelineView::moveItem(int index, int months) {
    if (index < 0 || index >= static_cast<int>(rows_.size()) || months == 0)
        return false;
    const Row row = rows_[static_cast<std::size_t>(index)];
    const Scenario& s = document_.scenario();
    const Person* person = document_.person(row.person);
    const QString name = person ? toQString(person->name) : tr("a person");
    std::optional<QString> refused;
    if (row.kind == Row::Kind::Training) {
        const PlannedTraining* t = s.findTraining(row.person, row.skill);
        if (!t || !t->start)
            return false;
        const Month to = t->start->plus(months);
        refused = document_.apply(
            SetTrainingStart{s.id, row.person, row.skill, to},
            tr("Start %1's training in %2 in %3")
                .arg(name, toQString(document_.project().findSkill(row.skill)->name),
                     monthName(to)));
    } else {
        const auto it = s.tenure.find(row.person);
        if (it == s.tenure.end())
            return false;
        Tenure tenure = it->second;
        QString text;
        if (row.kind == Row::Kind::Joins && tenure.start) {
            tenure.start = tenure.start->plus(months);
            // A planned hire is found no sooner than the time to hire allows.
            const Month earliest = first_.plus(document_.project().monthsToHire);
            if (person && person->status == PersonStatus::PlannedHire && months < 0 &&
                *tenure.start < earliest) {
                status_->setText(tr("%1 is a planned hire: with %n month(s) to hire, they can "
                                    "start from %2 at the earliest.",
                                    "", document_.project().monthsToHire)
                                     .arg(name, monthName(earliest)));
                return false;
            }
            text = tr("%1 joins in %2").arg(name, monthName(*tenure.start));
        } else if (row.kind == Row::Kind::Leaves && tenure.end) {
            tenure.end = tenure.end->plus(months);
            text = tr("%1 leaves in %2").arg(name, monthName(*tenure.end));
        } else {
            return false;
        }
        refused = document_.apply(SetTenure{s.id, row.person, tenure}, text);
    }
    status_->setText(refused.value_or(QString()));
    return !refused;
}

void TimelineView::rebuild() {
    stale_ = false;
    if (!document_.isOpen())
        return;
    rebuilding_ = true;
    const Project& project = document_.project();
    const Scenario& s = document_.scenario();
    const Timeline t = timeline(project, s, currentMonth());
    first_ = t.start;
    start_->setDate(dateOf(t.start));
    months_->setValue(s.horizonMonths);
    hireTime_->setValue(project.monthsToHire);
    // The next target to set: the level after the highest one, six months after it.
    if (!s.targets.empty()) {
        const MaturityTarget& top = s.targets.back();
        level_->setCurrentIndex(std::min(top.level, kMostMaturityLevel - 1));
        by_->setDate(dateOf(top.level < kMostMaturityLevel ? top.month.plus(6) : top.month));
    } else if (by_->date() < dateOf(t.start)) {
        by_->setDate(dateOf(t.start.plus(6)));
    }
    QStringList targetTexts;
    for (const auto& target : s.targets)
        targetTexts << tr("%1 by %2").arg(levelText(target.level), monthName(target.month));
    targets_->setText(targetTexts.isEmpty() ? tr("No maturity target.")
                                            : tr("Targets: %1.").arg(targetTexts.join(tr("; "))));

    // What the time line says: each target met or not, each team covered from when.
    QStringList said;
    const Month last = t.start.plus(std::max(0, s.horizonMonths - 1));
    for (const auto& reach : t.targets) {
        const QString target =
            tr("%1 by %2").arg(levelText(reach.target.level), monthName(reach.target.month));
        QStringList teams;
        for (const TeamId id : reach.shortTeams) {
            if (const Team* team = s.findTeam(id))
                teams << toQString(team->name);
        }
        if (reach.met())
            said << tr("%1: met from %2.").arg(target, monthName(*reach.metFrom));
        else if (reach.metFrom)
            said << tr("%1: met only from %2, %n month(s) late.", "",
                       reach.metFrom->index - reach.target.month.index)
                        .arg(target, monthName(*reach.metFrom));
        else
            said << tr("%1: not met by %2 (short: %3).")
                        .arg(target, monthName(last), teams.join(tr(", ")));
    }
    QStringList covered;
    for (const auto& [id, since] : t.coveredBy) {
        const Team* team = s.findTeam(id);
        if (!team)
            continue;
        covered << (since ? tr("%1 from %2").arg(toQString(team->name), monthName(*since))
                          : tr("%1 not by %2").arg(toQString(team->name), monthName(last)));
    }
    if (!covered.isEmpty())
        said << tr("Covered: %1.").arg(covered.join(tr(", ")));
    summary_->setText(said.join(QLatin1Char('\n')));

    QStringList months;
    for (const auto& m : t.months)
        months << monthName(m.month);
    std::vector<charts::LineSeries> lines;
    for (std::size_t team = 0; team < s.teams.size(); ++team) {
        charts::LineSeries line{toQString(s.teams[team].name), {}};
        for (const auto& m : t.months)
            line.values.push_back(m.coverage.teams[team].figures.mustHave);
        lines.push_back(std::move(line));
    }
    std::vector<charts::MonthMark> marks;
    for (const auto& target : s.targets) {
        const int at = target.month.index - t.start.index;
        if (at >= 0 && at < static_cast<int>(t.months.size()))
            marks.push_back(
                {at, tr("Level %1 by %2").arg(target.level).arg(monthName(target.month))});
    }
    coverage_->setData(tr("Must-have coverage per team, month by month"), months, lines, marks);

    // Per calendar quarter: FTE per team in its last month, and what is paid in it.
    QStringList quarters;
    std::vector<std::size_t> lastOf; // the quarter's last month on the time line
    std::vector<charts::StackSeries> pay{{tr("Pay"), {}},
                                         {tr("One-off (training, recruiting)"), {}}};
    for (std::size_t k = 0; k < t.months.size(); ++k) {
        const Month m = t.months[k].month;
        if (k == 0 || m.monthOfYear() % 3 == 1) {
            quarters << tr("Q%1<br>%2").arg(m.quarter()).arg(m.year());
            lastOf.push_back(k);
            pay[0].values.push_back(0.0);
            pay[1].values.push_back(0.0);
        }
        lastOf.back() = k;
        pay[0].values.back() += t.months[k].payroll;
        pay[1].values.back() += t.months[k].oneOff;
    }
    std::vector<charts::StackSeries> fte;
    for (std::size_t team = 0; team < s.teams.size(); ++team) {
        charts::StackSeries series{toQString(s.teams[team].name), {}};
        for (const std::size_t k : lastOf)
            series.values.push_back(t.months[k].coverage.teams[team].figures.fte);
        fte.push_back(std::move(series));
    }
    headcount_->setData(tr("FTE per team, at each quarter's end"), quarters, fte, tr("FTE"), false);
    spend_->setData(tr("Spend per quarter"), quarters, pay, tr("Spend"), true);

    // The Gantt: who joins, trains and leaves, in that order, each by month.
    rows_.clear();
    std::vector<GanttItem> items;
    for (const auto& e : timelineEvents(project, s, t.start, static_cast<int>(t.months.size()))) {
        const Person* p = document_.person(e.person);
        const QString name = toQString(p->name);
        GanttItem item;
        item.start = e.start;
        item.end = e.end;
        if (e.kind == TimelineEvent::Kind::Joins) {
            const Month joins = t.start.plus(e.start);
            item.kind = GanttItem::Kind::Hire;
            item.rampUp = e.rampUp;
            item.label = e.role ? tr("%1 joins (%2)").arg(name, toQString(s.roleLabel(*e.role)))
                                : tr("%1 joins").arg(name);
            item.tip =
                tr("%1 joins in %2; at half strength for %n month(s) of ramp-up.", "", e.rampUp)
                    .arg(name, monthName(joins));
            rows_.push_back({Row::Kind::Joins, e.person, {}});
        } else if (e.kind == TimelineEvent::Kind::Training) {
            const PlannedTraining* pt = s.findTraining(e.person, e.skill);
            const QString skill = toQString(project.findSkill(e.skill)->name);
            item.kind = GanttItem::Kind::Training;
            item.label = tr("%1: %2 → %3").arg(name, skill, toQString(skillLevelName(pt->target)));
            item.tip = tr("%1 trains in %2 from %3; held from %4.")
                           .arg(name, skill, monthName(t.start.plus(e.start)),
                                monthName(t.start.plus(e.end)));
            rows_.push_back({Row::Kind::Training, e.person, e.skill});
        } else {
            item.kind = GanttItem::Kind::Leaver;
            item.label = tr("%1 leaves").arg(name);
            item.tip = tr("%1 is gone from %2.").arg(name, monthName(t.start.plus(e.end)));
            rows_.push_back({Row::Kind::Leaves, e.person, {}});
        }
        items.push_back(std::move(item));
    }
    gantt_->setData(months, std::move(items));
    rebuilding_ = false;
}

} // namespace crewplan
