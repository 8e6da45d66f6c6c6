#include "generate/Generator.h"

#include "templates/Templates.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace crewplan {

namespace {

// SplitMix64: tiny, fast, and unlike std::*_distribution it gives the same numbers everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <class T, std::size_t N> const T& pick(const std::array<T, N>& items) {
        return items[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

private:
    std::uint64_t state_;
};

struct ExtraSkill {
    std::string_view name;
    SkillCategory category;
};

using enum SkillCategory;
constexpr std::array<ExtraSkill, 62> kExtraSkills{{
    {"Scala", Programming},
    {"Java", Programming},
    {"Go", Programming},
    {"Bash & Linux", Programming},
    {"REST APIs", Programming},
    {"Rust", Programming},
    {"C++", Programming},
    {"R", Programming},
    {"Kafka", DataEngineering},
    {"Stream processing", DataEngineering},
    {"dbt", DataEngineering},
    {"Snowflake", DataEngineering},
    {"BigQuery", DataEngineering},
    {"Databricks", DataEngineering},
    {"NoSQL databases", DataEngineering},
    {"Data governance", DataEngineering},
    {"Data modelling", DataEngineering},
    {"Airflow", DataEngineering},
    {"Delta Lake", DataEngineering},
    {"Deep learning", MachineLearning},
    {"NLP", MachineLearning},
    {"Computer vision", MachineLearning},
    {"Time-series forecasting", MachineLearning},
    {"Statistics", MachineLearning},
    {"Experiment design", MachineLearning},
    {"MLflow", MachineLearning},
    {"Feature stores", MachineLearning},
    {"Model serving", MachineLearning},
    {"Model monitoring", MachineLearning},
    {"Recommender systems", MachineLearning},
    {"LLM applications", MachineLearning},
    {"Kubernetes", PlatformDevOps},
    {"Terraform", PlatformDevOps},
    {"Helm", PlatformDevOps},
    {"Ansible", PlatformDevOps},
    {"Jenkins", PlatformDevOps},
    {"GitHub Actions", PlatformDevOps},
    {"Prometheus & Grafana", PlatformDevOps},
    {"Networking", PlatformDevOps},
    {"Security & IAM", PlatformDevOps},
    {"Kubeflow", PlatformDevOps},
    {"DVC", PlatformDevOps},
    {"AWS", Cloud},
    {"Azure", Cloud},
    {"GCP", Cloud},
    {"SageMaker", Cloud},
    {"Vertex AI", Cloud},
    {"Azure Machine Learning", Cloud},
    {"Performance testing", Quality},
    {"Security testing", Quality},
    {"Great Expectations", Quality},
    {"Contract testing", Quality},
    {"Finance domain", Domain},
    {"Healthcare domain", Domain},
    {"Retail domain", Domain},
    {"Manufacturing domain", Domain},
    {"Telecom domain", Domain},
    {"Insurance domain", Domain},
    {"Stakeholder communication", Mindset},
    {"Mentoring", Mindset},
    {"Ownership", Mindset},
    {"Product thinking", Mindset},
}};

constexpr std::array<std::string_view, 48> kFirstNames{
    "Ava",   "Ben",   "Chloe",  "Daniel", "Emma",   "Felix",  "Gabriela", "Hassan",
    "Ines",  "Jonas", "Keiko",  "Liam",   "Maya",   "Noah",   "Olga",     "Pedro",
    "Quinn", "Rosa",  "Samir",  "Tara",   "Umar",   "Vera",   "Wen",      "Ximena",
    "Yusuf", "Zoe",   "Amara",  "Bjorn",  "Carmen", "Dmitri", "Elif",     "Farah",
    "Goran", "Hana",  "Ivan",   "Jia",    "Kofi",   "Lena",   "Mateo",    "Nadia",
    "Oscar", "Priya", "Rafael", "Sofia",  "Tomas",  "Uma",    "Viktor",   "Yara"};
constexpr std::array<std::string_view, 48> kLastNames{
    "Schmidt",  "Okafor", "Rossi",    "Nguyen",    "Garcia",   "Kowalski", "Haddad", "Silva",
    "Tanaka",   "Muller", "Andersen", "Dubois",    "Ivanova",  "Moreau",   "Kim",    "Patel",
    "Novak",    "Costa",  "Hughes",   "Larsen",    "Fischer",  "Mendes",   "Sato",   "Chen",
    "Ali",      "Jansen", "Popescu",  "Horvat",    "Yilmaz",   "Berg",     "Santos", "Weber",
    "Park",     "Reyes",  "Kaur",     "Lindqvist", "Osei",     "Bauer",    "Romero", "Ahmed",
    "Nakamura", "Petrov", "Ortiz",    "Walsh",     "Ferreira", "Varga",    "Mensah", "Zhou"};

// How the workforce splits over the template's roles, in percent, and their headcounts per line.
struct RoleMix {
    std::string_view role;
    int percent;
    int minHeadcount;
    int maxHeadcount;
};
constexpr std::array<RoleMix, 5> kRoleMix{{
    {"Data Engineer", 34, 2, 4},
    {"Data Scientist", 26, 2, 3},
    {"Subject-matter expert", 8, 1, 1},
    {"DevOps Engineer", 17, 1, 2},
    {"QA Engineer", 15, 1, 2},
}};

int archetypeFor(Random& random) {
    int roll = random.below(100);
    for (std::size_t i = 0; i < kRoleMix.size(); ++i) {
        roll -= kRoleMix[i].percent;
        if (roll < 0)
            return static_cast<int>(i);
    }
    return 0;
}

} // namespace

Result<Project> generateProject(const GeneratorOptions& options) {
    if (options.people < 1 || options.people > kMaxGeneratedPeople)
        return Error{"--people must be from 1 to " + std::to_string(kMaxGeneratedPeople) + " (" +
                     std::to_string(options.people) + " given)."};
    auto base = makeProject(ProjectTemplate::Mlops);
    if (!base)
        return base.error();
    Project project = std::move(*base);
    Random random(options.seed);
    project.name = "Generated project (" + std::to_string(options.people) + " people, seed " +
                   std::to_string(options.seed) + ")";

    for (const auto& extra : kExtraSkills) {
        project.skills.push_back({SkillId{project.allocateId()}, std::string(extra.name),
                                  extra.category, "Generated for benchmarks."});
    }
    const auto extraSkill = [&](int index) {
        return project
            .skills[project.skills.size() - kExtraSkills.size() + static_cast<std::size_t>(index)]
            .id;
    };

    // The template's one scenario is the pattern for every product line.
    const Scenario pattern = project.scenarios.front();
    Scenario& scenario = project.scenarios.front();
    scenario.name = "Baseline";
    scenario.teams.clear();
    scenario.roles.clear();
    // About ten slots a line: most employees find a role, some roles stay open.
    const int lines = std::max(1, (options.people + 5) / 11);
    // Roles of each archetype, across all lines, to fill as people arrive.
    std::array<std::vector<std::size_t>, kRoleMix.size()> rolesByArchetype;
    for (int line = 1; line <= lines; ++line) {
        for (const auto& team : pattern.teams) {
            const TeamId teamId{project.allocateId()};
            scenario.teams.push_back(
                {teamId, team.name + " · Line " + std::to_string(line), team.description});
            for (const Role* role : pattern.rolesOf(team.id)) {
                Role copy = *role;
                copy.id = RoleId{project.allocateId()};
                copy.team = teamId;
                for (std::size_t a = 0; a < kRoleMix.size(); ++a) {
                    if (kRoleMix[a].role == role->name) {
                        copy.headcount =
                            random.between(kRoleMix[a].minHeadcount, kRoleMix[a].maxHeadcount);
                        rolesByArchetype[a].push_back(scenario.roles.size());
                    }
                }
                // Each line's stack asks for a few more skills.
                for (int extra = random.between(1, 4); extra > 0; --extra) {
                    const SkillId skill =
                        extraSkill(random.below(static_cast<int>(kExtraSkills.size())));
                    const bool present =
                        std::any_of(copy.requirements.begin(), copy.requirements.end(),
                                    [&](const RoleRequirement& r) { return r.skill == skill; });
                    if (!present)
                        copy.requirements.push_back(
                            {skill, static_cast<SkillLevel>(random.between(1, 3)),
                             random.chance(30) ? Importance::MustHave : Importance::NiceToHave,
                             "Generated."});
                }
                scenario.roles.push_back(std::move(copy));
            }
        }
    }

    std::array<std::size_t, kRoleMix.size()> nextRole{};
    std::vector<double> filled(scenario.roles.size(), 0.0);
    for (int i = 0; i < options.people; ++i) {
        const int archetype = archetypeFor(random);
        const auto& candidates = rolesByArchetype[static_cast<std::size_t>(archetype)];
        const Role& home = scenario.roles[candidates[static_cast<std::size_t>(
            random.below(static_cast<int>(candidates.size())))]];

        Person person;
        person.id = PersonId{project.allocateId()};
        person.name =
            std::string(random.pick(kFirstNames)) + " " + std::string(random.pick(kLastNames));
        const int statusRoll = random.below(100);
        person.status = statusRoll < 85   ? PersonStatus::Employee
                        : statusRoll < 97 ? PersonStatus::Candidate
                                          : PersonStatus::PlannedHire;
        if (person.status == PersonStatus::PlannedHire)
            person.scenario = scenario.id;
        static constexpr std::array<double, 4> kPartTime{0.5, 0.6, 0.8, 0.9};
        person.fte = random.chance(82) ? 1.0 : random.pick(kPartTime);
        const double band = home.costBand.minimum +
                            random.below(101) / 100.0 *
                                static_cast<double>(home.costBand.maximum - home.costBand.minimum);
        person.yearlyCost = static_cast<std::int64_t>(band * person.fte / 500.0) * 500;
        for (const auto& req : home.requirements) {
            const int level =
                std::clamp(static_cast<int>(req.minimum) + random.between(-2, 1), 0, 4);
            if (level > 0)
                person.skills[req.skill] = static_cast<SkillLevel>(level);
        }
        for (int extra = random.between(2, 7); extra > 0; --extra) {
            const SkillId skill = extraSkill(random.below(static_cast<int>(kExtraSkills.size())));
            person.skills.try_emplace(skill, static_cast<SkillLevel>(random.between(1, 4)));
        }

        // Employees and planned hires fill the open slots of their archetype, line after line;
        // candidates are not placed yet.
        if (person.status != PersonStatus::Candidate) {
            auto& cursor = nextRole[static_cast<std::size_t>(archetype)];
            double left = person.fte;
            for (int tries = 0; tries < 2 && left > 0.0 && cursor < candidates.size(); ++tries) {
                const std::size_t index = candidates[cursor];
                const Role& role = scenario.roles[index];
                // Whole hundredths, as a planner would enter them; no 1e-16 leftovers of sums.
                const double share =
                    std::floor(std::min(left, role.headcount - filled[index]) * 100.0 + 1e-6) /
                    100.0;
                if (share >= 0.05) {
                    scenario.assignments.push_back({person.id, role.id, share});
                    filled[index] += share;
                    left -= share;
                }
                if (filled[index] >= role.headcount - 0.05)
                    ++cursor;
            }
        }
        project.people.push_back(std::move(person));
    }
    project.nextId = nextFreeId(project);
    if (auto status = validate(project); !status)
        return Error{"the generated project is invalid: " + status.message()};
    return project;
}

} // namespace crewplan
