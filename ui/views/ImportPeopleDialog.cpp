#include "ImportPeopleDialog.h"

#include "QtText.h"
#include "model/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crewplan {

namespace {

using Kind = ImportColumn::Kind;

// A combo box entry: kind and, for a skill, its id (0 otherwise).
QVariant entry(Kind kind, SkillId skill = {}) {
    return QVariantList{static_cast<int>(kind), QVariant::fromValue<qint64>(skill.value)};
}

} // namespace

ImportPeopleDialog::ImportPeopleDialog(const Project& project, ScenarioId scenario,
                                       const QString& sourceName, std::string bytes,
                                       QWidget* parent)
    : QDialog(parent), project_(project), source_(sourceName), bytes_(std::move(bytes)) {
    setWindowTitle(tr("Import people — %1").arg(sourceName));
    fileLabel_ = new QLabel(this);
    fileLabel_->setWordWrap(true);

    delimiter_ = new QComboBox(this);
    delimiter_->addItem(tr("Guess from the first line"), QString());
    delimiter_->addItem(tr("Comma"), QStringLiteral(","));
    delimiter_->addItem(tr("Semicolon"), QStringLiteral(";"));
    delimiter_->addItem(tr("Tab"), QStringLiteral("\t"));
    scale_ = new QComboBox(this);
    scale_->addItem(tr("0–4 (None … Expert)"), static_cast<int>(LevelScale::ZeroToFour));
    scale_->addItem(tr("1–5 (1 = None … 5 = Expert)"), static_cast<int>(LevelScale::OneToFive));
    scale_->addItem(tr("Stars (★ = None … ★★★★★ = Expert)"), static_cast<int>(LevelScale::Stars));
    scenario_ = new QComboBox(this);
    for (const Scenario& s : project.scenarios) {
        scenario_->addItem(toQString(s.name), QVariant::fromValue<qint64>(s.id.value));
        if (s.id == scenario)
            scenario_->setCurrentIndex(scenario_->count() - 1);
    }
    update_ = new QRadioButton(tr("Update people with the same name"), this);
    addOnly_ = new QRadioButton(tr("Add new people only; leave the others as they are"), this);
    update_->setChecked(true);
    skipBad_ = new QCheckBox(tr("Skip the rows that have problems and import the others"), this);

    auto* options = new QFormLayout;
    options->addRow(tr("Fields separated by:"), delimiter_);
    options->addRow(tr("Levels as numbers:"), scale_);
    options->addRow(tr("Assign roles in:"), scenario_);
    auto* mode = new QVBoxLayout;
    mode->addWidget(update_);
    mode->addWidget(addOnly_);
    options->addRow(tr("People already there:"), mode);
    options->addRow(QString(), skipBad_);

    columnsTable_ = new QTableWidget(0, 3, this);
    columnsTable_->setHorizontalHeaderLabels({tr("Column"), tr("Reads as"), tr("First values")});
    columnsTable_->horizontalHeader()->setStretchLastSection(true);
    columnsTable_->verticalHeader()->hide();
    columnsTable_->setSelectionMode(QAbstractItemView::NoSelection);
    columnsTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    columnsTable_->setAccessibleName(tr("Columns of the file"));

    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    // Room for two lines from the start, so that a longer summary does not push the table.
    summary_->setMinimumHeight(summary_->fontMetrics().lineSpacing() * 3 + 4);
    summary_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    problemsTitle_ = new QLabel(this);
    problems_ = new QListWidget(this);
    problems_->setWordWrap(true);
    problems_->setMaximumHeight(problems_->fontMetrics().height() * 7); // scrolls beyond
    problems_->setAccessibleName(tr("Problems"));

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* import = buttons_->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fileLabel_);
    layout->addLayout(options);
    layout->addWidget(columnsTable_, 5);
    layout->addWidget(summary_);
    layout->addWidget(problemsTitle_);
    layout->addWidget(problems_, 1);
    layout->addWidget(buttons_);
    resize(860, 640);

    connect(delimiter_, &QComboBox::currentIndexChanged, this, [this] { reread(); });
    for (QComboBox* box : {scale_, scenario_})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { replan(); });
    for (QAbstractButton* button :
         std::initializer_list<QAbstractButton*>{update_, addOnly_, skipBad_})
        connect(button, &QAbstractButton::toggled, this, [this] { replan(); });
    reread();
}

void ImportPeopleDialog::reread() {
    const QString chosen = delimiter_->currentData().toString();
    std::optional<char> delimiter;
    if (!chosen.isEmpty())
        delimiter = chosen.at(0).toLatin1();
    auto table = readCsv(bytes_, toStdString(source_), delimiter);
    table_.reset();
    readError_.clear();
    columns_.clear();
    if (table) {
        table_ = std::move(*table);
        if (!table_->rows.empty())
            columns_ = guessImportColumns(project_, table_->rows.front().fields, false);
        const int people = table_->rows.empty() ? 0 : static_cast<int>(table_->rows.size()) - 1;
        const QString separator = table_->delimiter == ';'    ? tr("semicolons")
                                  : table_->delimiter == '\t' ? tr("tabs")
                                                              : tr("commas");
        fileLabel_->setText(
            tr("%1: %n row(s) below the header, fields separated by %2.", nullptr, people)
                .arg(source_, separator));
    } else {
        readError_ = toQString(table.message());
        fileLabel_->setText(readError_);
    }
    fillColumns();
    replan();
}

void ImportPeopleDialog::fillColumns() {
    columnsTable_->setRowCount(static_cast<int>(columns_.size()));
    for (int c = 0; c < static_cast<int>(columns_.size()); ++c) {
        const ImportColumn& column = columns_[static_cast<std::size_t>(c)];
        columnsTable_->setItem(c, 0, new QTableWidgetItem(toQString(column.header)));
        auto* box = new QComboBox(columnsTable_);
        box->addItem(tr("Ignored"), entry(Kind::Ignore));
        box->addItem(tr("Name"), entry(Kind::Name));
        box->addItem(tr("Status"), entry(Kind::Status));
        box->addItem(tr("FTE"), entry(Kind::Fte));
        box->addItem(tr("Yearly cost"), entry(Kind::YearlyCost));
        box->addItem(tr("Role (Team/Role)"), entry(Kind::Role));
        box->addItem(tr("Team"), entry(Kind::Team));
        box->insertSeparator(box->count());
        for (const Skill& skill : project_.skills)
            box->addItem(tr("Skill: %1").arg(toQString(skill.name)), entry(Kind::Skill, skill.id));
        const QString header = toQString(column.header).trimmed();
        if (!header.isEmpty() && !project_.findSkill(column.header)) {
            box->insertSeparator(box->count());
            box->addItem(tr("New skill: %1 (in Domain; change it in Skills)").arg(header),
                         entry(Kind::NewSkill));
        }
        for (int i = 0; i < box->count(); ++i) {
            const QVariantList data = box->itemData(i).toList();
            if (data.size() == 2 && data[0].toInt() == static_cast<int>(column.kind) &&
                data[1].toLongLong() == column.skill.value)
                box->setCurrentIndex(i);
        }
        connect(box, &QComboBox::currentIndexChanged, this, [this, c, box] {
            const QVariantList data = box->currentData().toList();
            ImportColumn value = columns_[static_cast<std::size_t>(c)];
            value.kind = static_cast<Kind>(data[0].toInt());
            value.skill = SkillId{data[1].toLongLong()};
            value.newSkillName = value.kind == Kind::NewSkill
                                     ? toStdString(toQString(value.header).trimmed())
                                     : std::string();
            columns_[static_cast<std::size_t>(c)] = value;
            replan();
        });
        columnsTable_->setCellWidget(c, 1, box);
        QStringList values;
        for (std::size_t r = 1; r < table_->rows.size() && values.size() < 3; ++r) {
            const auto& fields = table_->rows[r].fields;
            if (static_cast<std::size_t>(c) < fields.size() &&
                !fields[static_cast<std::size_t>(c)].empty())
                values << toQString(fields[static_cast<std::size_t>(c)]).simplified();
        }
        columnsTable_->setItem(c, 2, new QTableWidgetItem(values.join(QStringLiteral(" · "))));
    }
    columnsTable_->resizeColumnToContents(0);
    columnsTable_->resizeColumnToContents(1);
}

void ImportPeopleDialog::replan() {
    plan_ = {};
    if (table_) {
        ImportOptions options;
        const qint64 id = scenario_->currentData().toLongLong();
        for (const Scenario& s : project_.scenarios) {
            if (s.id.value == id)
                options.scenario = s.name;
        }
        options.mode =
            addOnly_->isChecked() ? ImportOptions::Mode::AddOnly : ImportOptions::Mode::Update;
        options.scale = static_cast<LevelScale>(scale_->currentData().toInt());
        options.skipBadRows = skipBad_->isChecked();
        plan_ = planPeopleImport(project_, *table_, columns_, options, toStdString(source_));
    }
    summary_->setText(summary());
    const QStringList list = problems();
    problems_->clear();
    for (const QString& problem : list)
        problems_->addItem(
            new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), problem));
    problemsTitle_->setText(list.isEmpty() ? tr("No problems.")
                                           : tr("%n problem(s):", nullptr, list.size()));
    problems_->setVisible(!list.isEmpty());
    for (QAbstractButton* button : buttons_->buttons()) {
        if (buttons_->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(canImport());
    }
}

bool ImportPeopleDialog::canImport() const {
    return table_ && !plan_.blocked && !plan_.edit.edits.empty();
}

QString ImportPeopleDialog::summary() const {
    if (!table_)
        return tr("The file cannot be read, so nothing can be imported.");
    const auto n = [](const std::vector<std::string>& list) {
        return static_cast<int>(list.size());
    };
    if (plan_.blocked)
        return tr("Nothing will be imported until the problems below are mended in the file, or "
                  "the rows that have them are skipped.");
    if (plan_.edit.edits.empty())
        return tr("Nothing to change: the project already holds what the file says.");
    QString text = tr("Import adds %n people", nullptr, n(plan_.added)) +
                   tr(", updates %n", nullptr, n(plan_.updated)) +
                   tr(" and leaves %n unchanged", nullptr, n(plan_.unchanged));
    if (!plan_.skipped.empty())
        text += tr("; skips %n row(s)", nullptr, n(plan_.skipped));
    text += tr("; sets %n level(s)", nullptr, plan_.levelChanges) +
            tr(" and %n new assignment(s)", nullptr, plan_.assignments);
    if (!plan_.newSkills.empty())
        text += tr("; creates %n skill(s)", nullptr, n(plan_.newSkills));
    text += tr(". It is one step to undo.");
    if (!plan_.notices.empty()) {
        QStringList roles;
        for (const std::string& notice : plan_.notices)
            roles << toQString(notice);
        text += QLatin1Char('\n') +
                tr("Past their headcount afterwards: %1.").arg(roles.join(QStringLiteral("; ")));
    }
    return text;
}

QStringList ImportPeopleDialog::problems() const {
    QStringList list;
    if (!readError_.isEmpty())
        list << readError_;
    for (const ImportProblem& p : plan_.problems)
        list << toQString(p.message);
    return list;
}

void ImportPeopleDialog::setColumn(int column, ImportColumn value) {
    columns_.at(static_cast<std::size_t>(column)) = std::move(value);
    replan();
}

QComboBox* ImportPeopleDialog::columnBox(int column) const {
    return qobject_cast<QComboBox*>(columnsTable_->cellWidget(column, 1));
}

void ImportPeopleDialog::setDelimiter(std::optional<char> delimiter) {
    const int index = delimiter ? delimiter_->findData(QString(QLatin1Char(*delimiter))) : 0;
    delimiter_->setCurrentIndex(std::max(0, index));
}

void ImportPeopleDialog::setAddOnly(bool addOnly) {
    (addOnly ? addOnly_ : update_)->setChecked(true);
}

void ImportPeopleDialog::setSkipBadRows(bool skip) {
    skipBad_->setChecked(skip);
}

void ImportPeopleDialog::setScale(LevelScale scale) {
    scale_->setCurrentIndex(scale_->findData(static_cast<int>(scale)));
}

} // namespace crewplan
