#include "io/Workbook.h"

#include "compare/ComparisonTable.h"
#include "coverage/CoverageReport.h"
#include "model/Project.h"
#include "model/Text.h"
#include "optimize/StaffingOptimizer.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <unordered_map>
#include <xlsxwriter.h>

namespace crewplan {

namespace {

std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// One sheet, written row by row, remembering how wide each column's text is.
class Sheet {
public:
    Sheet(lxw_workbook* book, const char* name) : sheet_(workbook_add_worksheet(book, name)) {}

    void text(lxw_row_t row, lxw_col_t col, const std::string& value,
              lxw_format* format = nullptr) {
        worksheet_write_string(sheet_, row, col, value.c_str(), format);
        fit(col, characters(value));
    }
    void number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format = nullptr,
                std::size_t shownWidth = 8) {
        worksheet_write_number(sheet_, row, col, value, format);
        fit(col, shownWidth);
    }
    void header(const std::vector<std::string>& names, lxw_format* bold) {
        for (std::size_t c = 0; c < names.size(); ++c)
            text(0, static_cast<lxw_col_t>(c), names[c], bold);
    }
    // Frozen header row (and first column), widths that fit, a filter over the table.
    void finish(lxw_row_t rows, bool freezeFirstColumn) {
        worksheet_freeze_panes(sheet_, 1, freezeFirstColumn ? 1 : 0);
        for (const auto& [col, width] : widths_)
            worksheet_set_column(sheet_, col, col, std::min(60.0, static_cast<double>(width) + 2.0),
                                 nullptr);
        if (rows > 0 && !widths_.empty())
            worksheet_autofilter(sheet_, 0, 0, rows, widths_.rbegin()->first);
    }
    lxw_worksheet* get() { return sheet_; }

private:
    void fit(lxw_col_t col, std::size_t width) {
        auto& w = widths_[col];
        w = std::max(w, width);
    }
    lxw_worksheet* sheet_;
    std::map<lxw_col_t, std::size_t> widths_;
};

struct Formats {
    lxw_format* bold;
    lxw_format* percent;
    lxw_format* money;
    lxw_format* share;
    lxw_format* gap;
    lxw_format* trained;
    lxw_format* boldPercent;
    lxw_format* boldMoney;
    lxw_format* wrap;

    explicit Formats(lxw_workbook* book) {
        bold = workbook_add_format(book);
        format_set_bold(bold);
        percent = workbook_add_format(book);
        format_set_num_format(percent, "0.0%");
        money = workbook_add_format(book);
        format_set_num_format(money, "#,##0");
        share = workbook_add_format(book);
        format_set_num_format(share, "General"); // 1, 0.8, 0.33: as the window shows them
        gap = workbook_add_format(book);
        format_set_bg_color(gap, 0xF4CCCC);
        format_set_font_color(gap, 0x9C0006);
        trained = workbook_add_format(book);
        format_set_bg_color(trained, 0xD9EAD3);
        format_set_font_color(trained, 0x1E5631);
        boldPercent = workbook_add_format(book);
        format_set_bold(boldPercent);
        format_set_num_format(boldPercent, "0.0%");
        boldMoney = workbook_add_format(book);
        format_set_bold(boldMoney);
        format_set_num_format(boldMoney, "#,##0");
        wrap = workbook_add_format(book);
        format_set_text_wrap(wrap);
    }
};

std::string roleName(const Scenario& scenario, RoleId id) {
    const Role* role = scenario.findRole(id);
    if (!role)
        return {};
    const Team* team = scenario.findTeam(role->team);
    return (team ? team->name + "/" : std::string()) + role->name;
}

void peopleSheet(lxw_workbook* book, const Formats& f, const Project& project,
                 const Scenario& scenario) {
    Sheet sheet(book, "People");
    std::vector<std::string> header{"Name", "Status", "FTE", "Yearly cost", "Role"};
    for (const Skill& skill : project.skills)
        header.push_back(skill.name);
    sheet.header(header, f.bold);
    // What each person's roles ask (the highest level over their roles, as the skill matrices
    // judge it) and what planned training brings: indexed once, for thousands of people.
    std::unordered_map<std::int64_t, const Role*> roles;
    for (const Role& role : scenario.roles)
        roles.emplace(role.id.value, &role);
    std::unordered_map<std::int64_t, std::unordered_map<std::int64_t, SkillLevel>> needed;
    for (const Assignment& a : scenario.assignments) {
        const auto role = roles.find(a.role.value);
        if (role == roles.end())
            continue;
        auto& needs = needed[a.person.value];
        for (const RoleRequirement& req : role->second->requirements) {
            SkillLevel& level = needs[req.skill.value];
            level = std::max(level, req.minimum);
        }
    }
    std::unordered_map<std::int64_t, std::string> roleText; // "Team/Role; Team/Role"
    for (const Assignment& a : scenario.assignments) {
        std::string& text = roleText[a.person.value];
        text += (text.empty() ? "" : "; ") + roleName(scenario, a.role);
    }
    std::unordered_map<std::int64_t, std::unordered_map<std::int64_t, SkillLevel>> trained;
    for (const PlannedTraining& t : scenario.training)
        trained[t.person.value][t.skill.value] = t.target;
    lxw_row_t row = 0;
    for (const Person& person : project.people) {
        if (!project.isVisibleIn(person, scenario.id))
            continue;
        ++row;
        const auto names = roleText.find(person.id.value);
        sheet.text(row, 0, person.name);
        sheet.text(row, 1, std::string(personStatusLabel(person.status)));
        sheet.number(row, 2, person.fte, f.share, 4);
        sheet.number(row, 3, static_cast<double>(person.yearlyCost), f.money,
                     formatMoney(static_cast<double>(person.yearlyCost)).size());
        sheet.text(row, 4, names == roleText.end() ? std::string() : names->second);
        const auto needs = needed.find(person.id.value);
        const auto training = trained.find(person.id.value);
        for (std::size_t s = 0; s < project.skills.size(); ++s) {
            const SkillId skill = project.skills[s].id;
            const SkillLevel held = person.level(skill);
            SkillLevel planned = held;
            if (training != trained.end()) {
                const auto t = training->second.find(skill.value);
                if (t != training->second.end())
                    planned = std::max(planned, t->second);
            }
            SkillLevel need = SkillLevel::None;
            if (needs != needed.end()) {
                const auto n = needs->second.find(skill.value);
                if (n != needs->second.end())
                    need = n->second;
            }
            lxw_format* format = planned < need ? f.gap : planned > held ? f.trained : nullptr;
            sheet.number(row, static_cast<lxw_col_t>(5 + s), static_cast<int>(planned), format, 3);
        }
    }
    sheet.finish(row, true);
}

void figuresRow(Sheet& sheet, const Formats& f, lxw_row_t row, const std::string& name,
                const StaffingFigures& figures, bool total) {
    sheet.text(row, 0, name, total ? f.bold : nullptr);
    lxw_format* percent = total ? f.boldPercent : f.percent;
    if (figures.mustHave)
        sheet.number(row, 1, *figures.mustHave, percent);
    else
        sheet.text(row, 1, "n/a");
    if (figures.niceToHave)
        sheet.number(row, 2, *figures.niceToHave, percent);
    else
        sheet.text(row, 2, "n/a");
    sheet.number(row, 3, figures.totalHeadcount(), total ? f.bold : nullptr);
    sheet.number(row, 4, figures.fte, f.share);
    sheet.number(row, 5, figures.yearlyCost, total ? f.boldMoney : f.money,
                 formatMoney(figures.yearlyCost).size());
    sheet.number(row, 6, figures.openSlots, f.share);
}

void coverageSheet(lxw_workbook* book, const Formats& f, const Project& project,
                   const Scenario& scenario, const CoverageReport& report) {
    Sheet sheet(book, "Coverage");
    sheet.header(
        {"Team", "Must-have", "Nice-to-have", "People", "FTE", "Yearly cost", "Open slots"},
        f.bold);
    lxw_row_t row = 0;
    for (const TeamCoverage& team : report.teams)
        figuresRow(sheet, f, ++row, scenario.findTeam(team.team)->name, team.figures, false);
    figuresRow(sheet, f, ++row, "Total", report.total, true);
    (void)project;
    sheet.finish(row, false);
}

void gapsSheet(lxw_workbook* book, const Formats& f, const Project& project,
               const Scenario& scenario, const CoverageReport& report) {
    Sheet sheet(book, "Gaps");
    sheet.header({"Team", "Gap", "Skill", "Level", "Held by"}, f.bold);
    lxw_row_t row = 0;
    for (const TeamCoverage& team : report.teams) {
        const std::string teamName = scenario.findTeam(team.team)->name;
        const auto put = [&](const SkillDepth& depth, const char* kind) {
            ++row;
            sheet.text(row, 0, teamName);
            sheet.text(row, 1, kind);
            sheet.text(row, 2, project.findSkill(depth.skill)->name);
            sheet.text(row, 3, std::string(skillLevelName(depth.level)));
            std::string holders;
            for (PersonId id : depth.holders)
                holders += (holders.empty() ? "" : ", ") + project.findPerson(id)->name;
            sheet.text(row, 4, holders.empty() ? "nobody" : holders);
        };
        for (const SkillDepth* depth : team.uncovered())
            put(*depth, "Uncovered must-have");
        for (const SkillDepth* depth : team.singlePointsOfFailure())
            put(*depth, "Single point of failure");
    }
    sheet.finish(row, false);
}

void planSheet(lxw_workbook* book, const Formats& f, const Project& project,
               const Scenario& scenario, const StaffingPlan& plan) {
    Sheet sheet(book, "Plan");
    sheet.header({"Step", "Who", "Role", "Skill", "From", "To", "FTE", "Cost", "Weeks", "Reason"},
                 f.bold);
    lxw_row_t row = 0;
    for (const PlanStep& step : plan.steps) {
        ++row;
        const Person* person = project.findPerson(step.person);
        switch (step.kind) {
        case PlanStep::Kind::Assign:
            sheet.text(row, 0, "Assign");
            sheet.text(row, 1, person ? person->name : std::string());
            sheet.text(row, 2, roleName(scenario, step.role));
            sheet.number(row, 6, step.allocation, f.share);
            break;
        case PlanStep::Kind::Train:
            sheet.text(row, 0, "Train");
            sheet.text(row, 1, person ? person->name : std::string());
            if (const Skill* skill = project.findSkill(step.skill)) // gone since the plan was made
                sheet.text(row, 3, skill->name);
            sheet.text(row, 4, std::string(skillLevelName(step.from)));
            sheet.text(row, 5, std::string(skillLevelName(step.to)));
            sheet.number(row, 8, step.weeks, f.share);
            break;
        case PlanStep::Kind::Hire:
            sheet.text(row, 0, "Hire");
            sheet.text(row, 1, countOf(step.count, "new hire", "new hires"));
            sheet.text(row, 2, roleName(scenario, step.role));
            if (step.weeks > 0)
                sheet.number(row, 8, step.weeks, f.share);
            break;
        }
        sheet.number(row, 7, step.cost, f.money, formatMoney(step.cost).size());
        worksheet_write_string(sheet.get(), row, 9, step.reason.c_str(), nullptr);
    }
    sheet.finish(row, false);
    worksheet_set_column(sheet.get(), 9, 9, 90, f.wrap); // after finish(), which fits the rest
}

void compareSheet(lxw_workbook* book, const Formats& f, const ScenarioComparison& comparison) {
    Sheet sheet(book, "Compare");
    std::vector<std::string> header{"Figure"};
    for (const auto& column : comparison.columns)
        header.push_back(column.scenario->name);
    sheet.header(header, f.bold);
    lxw_row_t row = 0;
    for (const ComparisonRow& figure : comparisonRows(comparison)) {
        ++row;
        sheet.text(row, 0, figure.label);
        lxw_format* format = figure.unit == ComparisonRow::Unit::Percent ? f.percent
                             : figure.unit == ComparisonRow::Unit::Money ? f.money
                             : figure.unit == ComparisonRow::Unit::Share ? f.share
                                                                         : nullptr;
        for (std::size_t c = 0; c < figure.values.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c + 1);
            if (figure.values[c])
                sheet.number(row, col, *figure.values[c], format,
                             formatValue(figure.unit, *figure.values[c]).size());
            else
                sheet.text(row, col, figure.missing.empty() ? "n/a" : figure.missing);
        }
    }
    sheet.finish(row, true);
}

} // namespace

Status writeWorkbook(const std::string& path, const WorkbookContent& content) {
    const Project& project = *content.project;
    const Scenario& scenario = *content.scenario;
    std::random_device seed;
    const std::string temporary = path + ".part-" + std::to_string(seed());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    lxw_workbook* book = workbook_new_opt(temporary.c_str(), &options);
    if (!book)
        return Error{path + ": the workbook could not be started."};
    const Formats formats(book);
    const CoverageReport report = computeCoverage(project, scenario);
    peopleSheet(book, formats, project, scenario);
    coverageSheet(book, formats, project, scenario, report);
    gapsSheet(book, formats, project, scenario, report);
    if (content.plan && content.plan->found())
        planSheet(book, formats, project, scenario, *content.plan);
    if (content.comparison)
        compareSheet(book, formats, *content.comparison);
    lxw_doc_properties properties{};
    std::string title = "Crewplan staffing"; // the library takes char*, and only reads it
    std::string subject = project.name + " · " + scenario.name;
    properties.title = title.data();
    properties.subject = subject.data();
    workbook_set_properties(book, &properties);
    const lxw_error closed = workbook_close(book);
    std::error_code ec;
    if (closed != LXW_NO_ERROR) {
        std::filesystem::remove(temporary, ec);
        return Error{path + ": could not be written (" +
                     (closed == LXW_ERROR_CREATING_XLSX_FILE || closed == LXW_ERROR_CREATING_TMPFILE
                          ? std::string("the folder cannot be written to")
                          : std::string("the disk may be full")) +
                     ")."};
    }
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        return Error{path + ": could not be replaced."};
    }
    return {};
}

} // namespace crewplan
