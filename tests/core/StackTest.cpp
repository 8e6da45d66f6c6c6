// The MLOps stack: the catalog as shipped and as refused, the requirements a stack implies and
// how they follow it, and tool fit.
#include "stack/Stack.h"

#include "core/SampleStoreTest.h"
#include "model/Text.h"
#include "stack/ToolCatalog.h"
#include "templates/Templates.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using namespace crewplan;
using namespace crewplan::test;

namespace {

std::vector<std::string> templateSkills() {
    const auto base = makeProject(ProjectTemplate::Mlops);
    std::vector<std::string> out;
    for (const auto& skill : base->skills)
        out.push_back(skill.name);
    return out;
}

// The derived requirements of a scenario: role, skill, level, tool.
std::set<std::tuple<std::string, std::string, SkillLevel, std::string>>
derived(const Project& project, const Scenario& scenario) {
    std::set<std::tuple<std::string, std::string, SkillLevel, std::string>> out;
    for (const auto& role : scenario.roles) {
        for (const auto& req : role.requirements) {
            if (!req.source.empty())
                out.insert(
                    {role.name, project.findSkill(req.skill)->name, req.minimum, req.source});
        }
    }
    return out;
}

// What the catalog says a tool adds to this scenario: its asks of roles the scenario has, on
// skills those roles do not already require of their own.
std::set<std::tuple<std::string, std::string, SkillLevel, std::string>>
expectedFrom(const Project& project, const Scenario& scenario, const Tool& tool) {
    std::set<std::tuple<std::string, std::string, SkillLevel, std::string>> out;
    for (const auto& ask : tool.asks) {
        for (const auto& role : scenario.roles) {
            if (role.name != ask.role)
                continue;
            const Skill* skill = project.findSkill(ask.skill);
            const bool own =
                skill &&
                std::any_of(role.requirements.begin(), role.requirements.end(), [&](const auto& r) {
                    return r.skill == skill->id && r.source.empty();
                });
            if (!own)
                out.insert({role.name, ask.skill, ask.level, tool.name});
        }
    }
    return out;
}

class Stacks : public SampleStoreTest {
protected:
    void setStack(const std::map<std::string, std::string>& stack) {
        auto edit = stackEdit(project(), baseline(), builtInToolCatalog(), stack);
        ASSERT_TRUE(edit.ok()) << edit.message();
        auto applied = store->apply(*edit);
        ASSERT_TRUE(applied.ok()) << applied.message();
        EXPECT_TRUE(reopened() == project()) << "the file differs from the model";
    }
};

} // namespace

TEST(ToolCatalog, ShipsTheStagesToolsAndPresetsTheIssueNames) {
    const ToolCatalog& catalog = builtInToolCatalog();
    EXPECT_EQ(catalog.stages.size(), 14u);
    EXPECT_GE(catalog.tools.size(), 40u);
    for (const char* name : {"Airflow",
                             "Prefect",
                             "Dagster",
                             "Kubeflow Pipelines",
                             "MLflow",
                             "DVC",
                             "Feast",
                             "Seldon Core",
                             "BentoML",
                             "KServe",
                             "Evidently",
                             "Prometheus and Grafana",
                             "Jenkins",
                             "GitHub Actions",
                             "GitLab CI",
                             "Azure DevOps",
                             "JFrog Artifactory",
                             "Docker",
                             "Kubernetes",
                             "Terraform",
                             "Apache Spark",
                             "Databricks",
                             "SageMaker",
                             "Vertex AI",
                             "Azure Machine Learning",
                             "Great Expectations"})
        EXPECT_NE(catalog.findTool(name), nullptr) << name;
    for (const char* preset :
         {"Open source on Kubernetes", "AWS managed", "Azure managed", "GCP managed", "Databricks"})
        EXPECT_NE(catalog.findPreset(preset), nullptr) << preset;
    std::set<ToolKind> kinds;
    for (const auto& tool : catalog.tools)
        kinds.insert(tool.kind);
    EXPECT_EQ(kinds.size(), 3u);
}

TEST(ToolCatalog, AnUnknownSkillOrStageIsRefusedNamingTheLine) {
    const std::string good(builtInToolCatalogJson());
    std::string bad = good;
    const std::string from = R"("skill": "Kubernetes", "level": "Advanced"}]})";
    const auto at = bad.find(from);
    ASSERT_NE(at, std::string::npos);
    bad.replace(at, from.size(), R"("skill": "Kubernetess", "level": "Advanced"}]})");
    const int line =
        1 + static_cast<int>(std::count(bad.begin(), bad.begin() + static_cast<long>(at), '\n'));
    const auto refused = parseToolCatalog(bad, "tools.json", templateSkills());
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.message().find("tools.json, line " + std::to_string(line) + ": "),
              std::string::npos)
        << refused.message();
    EXPECT_NE(refused.message().find("unknown skill 'Kubernetess'"), std::string::npos);

    std::string stage = good;
    const auto s = stage.find(R"("stage": "serving")");
    stage.replace(s, 18, R"("stage": "servng")");
    const int stageLine =
        1 + static_cast<int>(std::count(stage.begin(), stage.begin() + static_cast<long>(s), '\n'));
    const auto refusedStage = parseToolCatalog(stage, "tools.json", templateSkills());
    ASSERT_FALSE(refusedStage.ok());
    EXPECT_NE(refusedStage.message().find("line " + std::to_string(stageLine) + ": "),
              std::string::npos)
        << refusedStage.message();
    EXPECT_NE(refusedStage.message().find("unknown stage 'servng'"), std::string::npos);

    EXPECT_FALSE(parseToolCatalog("{\"format\": \"other\"}", "x.json", {}).ok());
    EXPECT_FALSE(parseToolCatalog("not json", "x.json", {}).ok());
}

TEST_F(Stacks, KubeflowToSageMakerChangesTheDerivedRequirementsAsTheCatalogSays) {
    const ToolCatalog& catalog = builtInToolCatalog();
    setStack({{"orchestration", "Kubeflow Pipelines"}});
    const Project withKubeflow = project();
    EXPECT_EQ(derived(project(), baseline()),
              expectedFrom(project(), baseline(), *catalog.findTool("Kubeflow Pipelines")));
    EXPECT_NE(project().findSkill("Kubernetes"), nullptr); // added from the catalog

    setStack({{"orchestration", "SageMaker Pipelines"}});
    EXPECT_EQ(derived(project(), baseline()),
              expectedFrom(project(), baseline(), *catalog.findTool("SageMaker Pipelines")));
    for (const auto& [role, skill, level, tool] : derived(project(), baseline()))
        EXPECT_NE(skill, "Kubernetes");

    setStack({{"orchestration", "Kubeflow Pipelines"}});
    EXPECT_EQ(derived(project(), baseline()), derived(withKubeflow, withKubeflow.scenarios[0]));
    for (std::size_t r = 0; r < baseline().roles.size(); ++r)
        EXPECT_EQ(baseline().roles[r].requirements,
                  withKubeflow.scenarios[0].roles[r].requirements);
}

TEST_F(Stacks, UndoRestoresTheProjectExactly) {
    const Project before = project();
    auto edit = stackEdit(project(), baseline(), builtInToolCatalog(),
                          builtInToolCatalog().findPreset("Open source on Kubernetes")->tools);
    ASSERT_TRUE(edit.ok());
    auto inverse = store->apply(*edit);
    ASSERT_TRUE(inverse.ok()) << inverse.message();
    EXPECT_FALSE(project() == before);
    ASSERT_TRUE(store->apply(*inverse).ok());
    EXPECT_TRUE(project() == before);
    EXPECT_TRUE(reopened() == before);
}

TEST_F(Stacks, ThePlannersEditOfADerivedRequirementOutlivesTheStack) {
    setStack({{"containers", "Kubernetes"}});
    const Role& devops = roleIn(baseline().id, "DevOps Engineer");
    const SkillId k8s = project().findSkill("Kubernetes")->id;
    RoleRequirement mine = *std::find_if(devops.requirements.begin(), devops.requirements.end(),
                                         [&](const auto& r) { return r.skill == k8s; });
    mine.minimum = SkillLevel::Expert;
    mine.source.clear(); // what the workbench does when the planner edits it
    ASSERT_TRUE(store->apply(SetRequirement{baseline().id, devops.id, k8s, mine, -1}).ok());
    setStack({}); // no tools at all
    const Role& after = roleIn(baseline().id, "DevOps Engineer");
    const auto kept = std::find_if(after.requirements.begin(), after.requirements.end(),
                                   [&](const auto& r) { return r.skill == k8s; });
    ASSERT_NE(kept, after.requirements.end());
    EXPECT_EQ(kept->minimum, SkillLevel::Expert);
    EXPECT_TRUE(derived(project(), baseline()).empty());
}

TEST_F(Stacks, ToolsOfAnotherStageOrUnknownOnesAreRefusedByName) {
    const auto wrong =
        stackEdit(project(), baseline(), builtInToolCatalog(), {{"training", "Airflow"}});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.message(), "Airflow is a tool for Orchestration, not for Training.");
    EXPECT_FALSE(
        stackEdit(project(), baseline(), builtInToolCatalog(), {{"training", "Nope"}}).ok());
    EXPECT_FALSE(
        stackEdit(project(), baseline(), builtInToolCatalog(), {{"nope", "Airflow"}}).ok());
}

TEST_F(Stacks, FitRanksAToolTheTeamHoldsAboveOneItLacks) {
    const auto ranked = toolFit(project(), baseline(), builtInToolCatalog(), "orchestration");
    ASSERT_FALSE(ranked.empty());
    const auto rank = [&](const char* name) {
        return std::find_if(ranked.begin(), ranked.end(),
                            [&](const ToolFit& f) { return f.tool->name == name; }) -
               ranked.begin();
    };
    // The sample's data engineers hold workflow orchestration; nobody holds Kubernetes.
    const auto airflow = ranked[static_cast<std::size_t>(rank("Airflow"))];
    const auto kubeflow = ranked[static_cast<std::size_t>(rank("Kubeflow Pipelines"))];
    EXPECT_EQ(airflow.covered, airflow.asks);
    EXPECT_LT(kubeflow.covered, kubeflow.asks);
    EXPECT_LT(rank("Airflow"), rank("Kubeflow Pipelines"));
    EXPECT_GT(kubeflow.cost, 0.0);
    EXPECT_NE(kubeflow.reason.find("Kubernetes ≥ Advanced for DevOps Engineer"), std::string::npos)
        << kubeflow.reason;
}

TEST_F(Stacks, ADerivedRequirementThePlannerRemovesStaysRemoved) {
    setStack({{"containers", "Kubernetes"}});
    const Role& devops = roleIn(baseline().id, "DevOps Engineer");
    const RoleId role = devops.id;
    const SkillId k8s = project().findSkill("Kubernetes")->id;
    const Project withDerived = project();
    auto removed = store->apply(SetRequirement{baseline().id, role, k8s, std::nullopt, -1});
    ASSERT_TRUE(removed.ok()) << removed.message();
    EXPECT_EQ(baseline().declined.count({role, k8s}), 1u);
    EXPECT_TRUE(reopened() == project());

    // The stack changes (a tool more): the removed one does not come back.
    setStack({{"containers", "Kubernetes"}, {"iac", "Terraform"}});
    const auto& after = roleIn(baseline().id, "DevOps Engineer").requirements;
    EXPECT_TRUE(std::none_of(after.begin(), after.end(),
                             [&](const RoleRequirement& r) { return r.skill == k8s; }));

    // Undo both: the requirement is back, and no longer declined.
    setStack({{"containers", "Kubernetes"}});
    ASSERT_TRUE(store->apply(*removed).ok());
    // (The skill Terraform brought stays in the catalog; the scenario is as it was.)
    EXPECT_TRUE(baseline() == withDerived.scenarios[0]);
    EXPECT_TRUE(reopened().scenarios[0] == withDerived.scenarios[0]);
}

TEST_F(Stacks, AProjectCanHaveItsOwnCatalog) {
    // An edited copy of the built-in catalog: Airflow also asks the DevOps engineer for Kubernetes.
    std::string mine(builtInToolCatalogJson());
    const std::string airflow =
        R"("name": "Airflow", "stage": "orchestration", "kind": "open-source", "provider": "none", "asks": [)";
    const auto at = mine.find(airflow);
    ASSERT_NE(at, std::string::npos);
    mine.insert(at + airflow.size(),
                R"({"role": "DevOps Engineer", "skill": "Kubernetes", "level": "Working"}, )");
    const Project before = project();
    auto set = store->apply(SetToolCatalog{mine});
    ASSERT_TRUE(set.ok()) << set.message();
    EXPECT_EQ(reopened().toolCatalog, mine);
    const Tool* own = toolCatalogOf(project()).findTool("Airflow");
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->asks.front().skill, "Kubernetes");
    EXPECT_EQ(builtInToolCatalog().findTool("Airflow")->asks.size() + 1, own->asks.size());
    ASSERT_TRUE(store->apply(*set).ok()); // undo: the built-in again
    EXPECT_TRUE(project() == before);
    EXPECT_TRUE(reopened() == before);

    // A broken catalog is refused with its line, and nothing changes.
    std::string broken = mine;
    broken.replace(broken.find(R"("skill": "Kubernetes", "level": "Working"})"), 23,
                   R"("skill": "Kubernetess")");
    const auto refused = store->apply(SetToolCatalog{broken});
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.message().find("line "), std::string::npos) << refused.message();
    EXPECT_TRUE(reopened() == before);

    // One that lacks a tool a scenario's stack uses is refused, naming both.
    setStack({{"orchestration", "Airflow"}});
    std::string without = mine;
    without.replace(without.find(R"("name": "Airflow")"), 17, R"("name": "Airflaw")");
    const auto lacking = store->apply(SetToolCatalog{without});
    ASSERT_FALSE(lacking.ok());
    EXPECT_NE(lacking.message().find("uses 'Airflow'"), std::string::npos) << lacking.message();
}
