#include "optimize/StaffingModel.h"

#include <algorithm>
#include <limits>

namespace crewplan::staffing {

// What a role asks of whoever fills a slot: its must-haves.
std::vector<Need> mustHaves(const Role& role) {
    std::vector<Need> out;
    for (const auto& req : role.requirements) {
        if (req.importance == Importance::MustHave)
            out.push_back({req.skill, req.minimum});
    }
    return out;
}

// A team's must-have skills at the level the coverage rules measure depth against: the highest
// level any of its roles asks.
std::vector<Need> depthNeeds(const Scenario& scenario, TeamId team) {
    std::map<SkillId, std::pair<SkillLevel, bool>> bySkill;
    for (const Role* role : scenario.rolesOf(team)) {
        for (const auto& req : role->requirements) {
            auto& [level, must] = bySkill[req.skill];
            level = std::max(level, req.minimum);
            must = must || req.importance == Importance::MustHave;
        }
    }
    std::vector<Need> out;
    for (const auto& [skill, entry] : bySkill) {
        if (entry.second)
            out.push_back({skill, entry.first});
    }
    return out;
}

namespace {

std::vector<HireOption> hireOptions(const Scenario& scenario, std::size_t index,
                                    const RecommendOptions& o) {
    const Role& role = scenario.roles[index];
    std::vector<HireOption> profiles;
    HireOption standard;
    standard.role = index;
    standard.profile = HireProfile::Standard;
    standard.salary = standardSalary(role);
    for (const auto& need : mustHaves(role))
        standard.levels[need.skill] = need.level;
    profiles.push_back(standard);
    if (o.juniorAndSeniorHires) {
        HireOption junior = standard;
        junior.profile = HireProfile::Junior;
        junior.salary = static_cast<double>(role.costBand.minimum);
        for (const auto& need : mustHaves(role)) {
            // One level below each must-have, but never below Awareness (an Awareness
            // must-have is held at Awareness): trained up on arrival.
            if (need.level <= SkillLevel::Awareness)
                continue;
            const auto lower = static_cast<SkillLevel>(static_cast<int>(need.level) - 1);
            junior.levels[need.skill] = lower;
            junior.arrival.push_back(trainingTo(need.skill, lower, need.level, o));
            junior.training += junior.arrival.back().cost;
            junior.weeks += junior.arrival.back().weeks;
        }
        profiles.push_back(junior);
        HireOption senior = standard;
        senior.profile = HireProfile::Senior;
        senior.salary = static_cast<double>(role.costBand.maximum);
        senior.levels.clear();
        for (const auto& req : role.requirements)
            senior.levels[req.skill] = static_cast<SkillLevel>(
                std::min(static_cast<int>(SkillLevel::Expert), static_cast<int>(req.minimum) + 1));
        profiles.push_back(senior);
    }
    std::vector<HireOption> out;
    for (auto& option : profiles) {
        option.trainedLevels = option.levels;
        for (const auto& t : option.arrival)
            option.trainedLevels[t.skill] = t.to;
        for (const double fte : {1.0, 0.5}) {
            if (fte < 1.0 && !o.partTimeHires)
                continue;
            option.fte = fte;
            // Half of a full-time hire's, to the half unit: two half-time hires cost one full.
            option.recruiting = whole(o.recruitingShare * option.salary) * fte;
            out.push_back(option);
        }
    }
    return out;
}

std::vector<const Person*> planPeople(const Project& project, const Scenario& scenario,
                                      const RecommendOptions& o) {
    std::vector<const Person*> out;
    for (const auto& p : project.people) {
        if (project.isVisibleIn(p, scenario.id) &&
            std::find(o.excluded.begin(), o.excluded.end(), p.id) == o.excluded.end())
            out.push_back(&p);
    }
    return out;
}

} // namespace

// Training in one skill from one level to another, at the skill's rate.
Training trainingTo(SkillId skill, SkillLevel from, SkillLevel to, const RecommendOptions& o) {
    const int steps = static_cast<int>(to) - static_cast<int>(from);
    return {skill, from, to, whole(steps * o.rateFor(skill).costPerLevel),
            steps * o.rateFor(skill).weeksPerLevel};
}

// The training a person needs to fill a role.
std::vector<Training> trainingFor(const Scenario& scenario, const Person& person, const Role& role,
                                  const RecommendOptions& o) {
    std::vector<Training> out;
    for (const auto& need : mustHaves(role)) {
        const SkillLevel held = scenario.levelOf(person, need.skill);
        if (held < need.level)
            out.push_back(trainingTo(need.skill, held, need.level, o));
    }
    return out;
}

Gap gapFor(const Scenario& scenario, const Person& person, const Role& role,
           const RecommendOptions& o) {
    Gap gap;
    for (const auto& t : trainingFor(scenario, person, role, o)) {
        gap.steps += static_cast<int>(t.to) - static_cast<int>(t.from);
        gap.cost += t.cost;
        gap.weeks += t.weeks;
    }
    return gap;
}

namespace {

// The shares a person can fill a role with: all their time (up to 1 FTE) and, when their time
// is priced, each smaller quarter-FTE step.
std::vector<double> sharesOf(const Person& p) {
    const double all = std::min(1.0, p.fte);
    std::vector<double> out{all};
    if (p.status != PersonStatus::Employee) {
        for (const double q : {0.75, 0.5, 0.25}) {
            if (q < all - 1e-9)
                out.push_back(q);
        }
    }
    return out;
}

// The most a set of cost terms can add up to, given the variables' bounds.
double most(const Terms& terms, const std::vector<double>& upper) {
    double sum = 0.0;
    for (const auto& [var, coefficient] : terms)
        sum += std::max(0.0, coefficient) * upper[static_cast<std::size_t>(var)];
    return sum;
}

} // namespace

// What a person holds of a skill once trained as the pair says.
SkillLevel levelAfter(const Scenario& scenario, const Person& p, const Pair& pair, SkillId skill) {
    SkillLevel after = scenario.levelOf(p, skill);
    for (const auto& t : pair.training) {
        if (t.skill == skill)
            after = std::max(after, t.to);
    }
    return after;
}

std::vector<double> greedyStart(const Scenario& scenario, const RecommendOptions& o,
                                const Model& m) {
    std::vector<double> values(static_cast<std::size_t>(m.mip.variableCount()), 0.0);
    const auto set = [&](int var, double x) { values[static_cast<std::size_t>(var)] = x; };
    const std::size_t roles = scenario.roles.size();
    std::vector<bool> placed(m.people.size(), false);
    std::vector<double> open(roles, 0.0);
    for (std::size_t r = 0; r < roles; ++r) {
        if (!mustHaves(scenario.roles[r]).empty())
            open[r] = scenario.roles[r].headcount;
    }
    // The cheapest hires for what a role still needs: full-time ones, then a half-time one for
    // a remainder of half an FTE or less (when offered).
    struct Hires {
        const HireOption* full = nullptr;
        const HireOption* half = nullptr;
    };
    std::vector<Hires> hires(roles);
    for (const auto& option : m.hires) {
        auto& h = hires[option.role];
        auto& slot = option.fte < 1.0 ? h.half : h.full;
        if (!slot || option.yearly() + option.oneOff() < slot->yearly() + slot->oneOff())
            slot = &option;
    }
    const auto hireCost = [&](std::size_t r, double need) {
        if (need <= 1e-9)
            return 0.0;
        const Hires& h = hires[r];
        if (!h.full && !h.half)
            return std::numeric_limits<double>::infinity();
        const auto costOf = [](const HireOption* x) { return x->yearly() + x->oneOff(); };
        double whole = std::floor(need + 1e-9), rest = need - whole;
        double cost = 0.0;
        if (h.full)
            cost += whole * costOf(h.full);
        else
            rest += whole;
        if (rest > 1e-9)
            cost += h.half && rest <= 0.5 + 1e-9 ? costOf(h.half)
                    : h.full                     ? costOf(h.full)
                                                 : std::ceil(rest * 2 - 1e-9) * costOf(h.half);
        return cost;
    };
    // What placing a pair saves against hiring for the same need, given what is open now.
    const auto saving = [&](const Pair& pair) {
        const double need = open[pair.role];
        if (need <= 1e-9 || placed[pair.person])
            return -std::numeric_limits<double>::infinity();
        return hireCost(pair.role, need) -
               hireCost(pair.role, std::max(0.0, need - pair.allocation)) - pair.cost;
    };
    const auto place = [&](const Pair& pair) {
        set(pair.y, 1.0);
        placed[pair.person] = true;
        open[pair.role] -= pair.allocation;
    };
    for (const auto& [personId, roleId] : o.locks) {
        for (const auto& pair : m.pairs) {
            if (!placed[pair.person] && m.people[pair.person]->id == personId &&
                scenario.roles[pair.role].id == roleId)
                place(pair); // the first is the person's whole share
        }
    }
    // The pair that saves most first. A saving mostly shrinks as roles fill, so one read again off
    // the heap is taken when it is still the largest; hires come in half-FTE steps, though, so a
    // part-time person can save more once a role is partly filled: a few rounds look again.
    for (int round = 0; round < 3; ++round) {
        std::vector<std::pair<double, std::size_t>> heap;
        for (std::size_t k = 0; k < m.pairs.size(); ++k) {
            const double gain = saving(m.pairs[k]);
            if (gain > 0)
                heap.push_back({gain, k});
        }
        std::make_heap(heap.begin(), heap.end());
        bool placedAny = false;
        while (!heap.empty()) {
            std::pop_heap(heap.begin(), heap.end());
            const auto [gain, k] = heap.back();
            heap.pop_back();
            const double now = saving(m.pairs[k]);
            if (now <= 0)
                continue;
            if (now < gain - 1e-9) {
                heap.push_back({now, k});
                std::push_heap(heap.begin(), heap.end());
                continue;
            }
            place(m.pairs[k]);
            placedAny = true;
        }
        if (!placedAny)
            break;
    }
    // What is still open, hired.
    for (std::size_t r = 0; r < roles; ++r) {
        const Hires& h = hires[r];
        double need = open[r];
        while (need > 1e-9 && (h.full || h.half)) {
            const HireOption* take = h.half && (need <= 0.5 + 1e-9 || !h.full) ? h.half : h.full;
            values[static_cast<std::size_t>(take->var)] += 1.0;
            need -= take->fte;
        }
        open[r] = need;
        if (m.filled[r] >= 0)
            set(m.filled[r], open[r] <= 1e-9 ? 1.0 : 0.0);
    }
    for (std::size_t i = 0; i < m.usedBy.size(); ++i) {
        if (m.usedBy[i] >= 0)
            set(m.usedBy[i], placed[i] ? 1.0 : 0.0);
    }
    return values;
}

Model build(const Project& project, const Scenario& scenario, const RecommendOptions& o,
            std::optional<SecondStage> second) {
    Model m;
    m.people = planPeople(project, scenario, o);
    const std::size_t roles = scenario.roles.size();
    // A tie-break worth less than a tenth of a money unit in all: keep people where they are, and
    // put nobody where they fill nothing.
    const double epsilon = 0.05 / static_cast<double>(m.people.size() + 1);
    std::vector<double> upper; // each variable's upper bound, for the coverage mode's weight
    const auto variable = [&](double hi, double cost) {
        upper.push_back(hi);
        return m.mip.addVariable(0, hi, cost, true);
    };

    std::map<std::pair<std::int64_t, std::int64_t>, double> current;
    for (const auto& a : scenario.assignments)
        current[{a.person.value, a.role.value}] += a.allocation;

    // A person who costs more in a role (training, and a candidate's pay) than hiring for their
    // share of it is never in a cheapest plan: take them out and hire that share instead (a half
    // or a whole FTE), and the plan costs less, meets as much and frees them. That holds only
    // where nothing else asks for people — no depth, no headcount cap, no budget split between
    // pay and one-off costs, the cheapest plan wanted — so only then are such pairs left out.
    // It is what keeps large models small: most people are far from most roles.
    const bool prune = o.mode == RecommendOptions::Mode::Cost && o.depth == 0 && !o.headcountCap &&
                       !o.budget && !o.oneOffBudget;
    const auto replacement = [&](const Role& role, double share) {
        if (!prune || mustHaves(role).empty())
            return std::numeric_limits<double>::infinity();
        const double fte = o.partTimeHires ? std::ceil(share * 2.0 - 1e-9) / 2.0 : 1.0;
        const double salary = standardSalary(role) * fte;
        return salary + whole(o.recruitingShare * standardSalary(role)) * fte + 0.5;
    };

    // Pairs: each person fills at most one role, and only once trained to all its must-haves.
    std::vector<Terms> fill(roles);
    std::vector<Terms> roleOf(m.people.size()), weeksOf(m.people.size());
    for (std::size_t i = 0; i < m.people.size(); ++i) {
        const Person& p = *m.people[i];
        const bool paid = p.status != PersonStatus::Employee;
        for (std::size_t r = 0; r < roles; ++r) {
            const Role& role = scenario.roles[r];
            const auto training = trainingFor(scenario, p, role, o);
            double cost = 0.0, weeks = 0.0;
            for (const auto& t : training) {
                cost += t.cost;
                weeks += t.weeks;
            }
            if (o.maxTrainingWeeksPerPerson && weeks > *o.maxTrainingWeeksPerPerson + 1e-9)
                continue;
            const auto was = current.find({p.id.value, role.id.value});
            const bool locked = std::find(o.locks.begin(), o.locks.end(),
                                          std::pair{p.id, role.id}) != o.locks.end();
            for (const double share : sharesOf(p)) {
                Pair pair{i, r, share, -1, training, weeks, 0.0};
                // Candidates and planned hires cost their yearly cost × the share they give.
                const double yearly = paid ? static_cast<double>(p.yearlyCost) * share : 0.0;
                pair.cost = yearly + cost;
                if (!locked && yearly + cost > replacement(role, share))
                    continue; // a hire does it for less: never in a cheapest plan
                const bool here = was != current.end() && std::abs(was->second - share) < 1e-9;
                pair.y = variable(1, yearly + cost + (here ? -epsilon : epsilon));
                if (cost > 0) {
                    m.oneOff.push_back({pair.y, cost});
                    m.cost.push_back({pair.y, cost});
                }
                if (yearly > 0) {
                    m.yearly.push_back({pair.y, yearly});
                    m.cost.push_back({pair.y, yearly});
                }
                roleOf[i].push_back({pair.y, 1.0});
                if (pair.weeks > 0)
                    weeksOf[i].push_back({pair.y, pair.weeks});
                fill[r].push_back({pair.y, pair.allocation});
                m.pairs.push_back(std::move(pair));
            }
        }
    }
    std::vector<int> usedBy(m.people.size(), -1); // binary "in the plan"
    for (std::size_t i = 0; i < m.people.size(); ++i) {
        if (roleOf[i].empty())
            continue;
        const Person& p = *m.people[i];
        if (o.headcountCap) {
            const int used = variable(1, 0.0);
            usedBy[i] = used;
            auto linked = roleOf[i];
            linked.push_back({used, -1.0});
            m.mip.addConstraint(linked, Sense::LessEqual, 0.0);
        } else {
            m.mip.addConstraint(roleOf[i], Sense::LessEqual, 1.0);
        }
        if (p.status != PersonStatus::Employee)
            m.used[i] = usedBy[i];
    }

    // Hires, full- and half-time, never more FTE than the role's headcount. A tie-break per hire,
    // worth less than a twentieth of a money unit however many are hired, prefers fewer hires
    // between equally cheap plans; it never outweighs a real difference in cost beyond CBC's
    // gap (0.2).
    double mostHires = 0.0;
    for (const auto& role : scenario.roles)
        mostHires += 2.0 * role.headcount;
    const double perHire = 0.05 / (mostHires + 1.0);
    for (std::size_t r = 0; r < roles; ++r) {
        const Role& role = scenario.roles[r];
        if (mustHaves(role).empty())
            continue;
        Terms hired;
        for (auto option : hireOptions(scenario, r, o)) {
            // Two half-time hires cost what one full-time hire does and fill as much; they differ
            // only in holders (depth) and heads (the cap). Without either, one half-time hire
            // per role and profile at most, which spares the solver the same plan twice over.
            const double most = option.fte < 1.0 && o.depth == 0 && !o.headcountCap
                                    ? 1.0
                                    : std::floor(role.headcount / option.fte + 1e-9);
            option.var = variable(most, option.yearly() + option.oneOff() + perHire);
            m.yearly.push_back({option.var, option.yearly()});
            m.cost.push_back({option.var, option.yearly()});
            if (option.oneOff() > 0) {
                m.oneOff.push_back({option.var, option.oneOff()});
                m.cost.push_back({option.var, option.oneOff()});
            }
            fill[r].push_back({option.var, option.fte});
            hired.push_back({option.var, option.fte});
            m.hires.push_back(std::move(option));
        }
        if (hired.size() > 1)
            m.mip.addConstraint(hired, Sense::LessEqual, role.headcount);
    }

    // Every role with must-haves filled to its headcount (Mode::Cost), or as many must-haves met
    // as the budget allows (Mode::Coverage: worth more than any cost, so coverage comes first).
    m.filled.assign(roles, -1);
    for (std::size_t r = 0; r < roles; ++r) {
        const Role& role = scenario.roles[r];
        const auto needs = mustHaves(role);
        if (needs.empty())
            continue;
        if (o.mode == RecommendOptions::Mode::Cost) {
            m.mip.addConstraint(fill[r], Sense::GreaterEqual, role.headcount);
        } else {
            const int z = variable(1, 0.0); // its worth is set once every cost is known, below
            m.filled[r] = z;
            auto terms = fill[r];
            terms.push_back({z, -static_cast<double>(role.headcount)});
            m.mip.addConstraint(terms, Sense::GreaterEqual, 0.0);
        }
    }

    // Depth: distinct holders per must-have skill per team, among the people the plan puts in
    // the team (once trained for their role, and further where that is not enough) and its hires.
    if (o.depth > 0) {
        for (const auto& team : scenario.teams) {
            for (const auto& need : depthNeeds(scenario, team.id)) {
                Terms holders;
                for (std::size_t k = 0; k < m.pairs.size(); ++k) {
                    const Pair& pair = m.pairs[k];
                    const Role& role = scenario.roles[pair.role];
                    if (role.team != team.id)
                        continue;
                    const SkillLevel after =
                        levelAfter(scenario, *m.people[pair.person], pair, need.skill);
                    if (after >= need.level) {
                        holders.push_back({pair.y, 1.0});
                        continue;
                    }
                    Extra extra{k, trainingTo(need.skill, after, need.level, o), -1};
                    if (o.maxTrainingWeeksPerPerson &&
                        pair.weeks + extra.training.weeks > *o.maxTrainingWeeksPerPerson + 1e-9)
                        continue;
                    extra.var = variable(1, extra.training.cost);
                    m.oneOff.push_back({extra.var, extra.training.cost});
                    m.cost.push_back({extra.var, extra.training.cost});
                    m.mip.addConstraint({{extra.var, 1.0}, {pair.y, -1.0}}, Sense::LessEqual, 0.0);
                    weeksOf[pair.person].push_back({extra.var, extra.training.weeks});
                    holders.push_back({extra.var, 1.0});
                    m.extras.push_back(extra);
                }
                for (const auto& option : m.hires) {
                    const auto it = option.trainedLevels.find(need.skill);
                    if (scenario.roles[option.role].team == team.id &&
                        it != option.trainedLevels.end() && it->second >= need.level)
                        holders.push_back({option.var, 1.0});
                }
                m.mip.addConstraint(holders, Sense::GreaterEqual, o.depth);
            }
        }
        if (o.maxTrainingWeeksPerPerson) {
            for (const auto& weeks : weeksOf) {
                if (weeks.size() > 1)
                    m.mip.addConstraint(weeks, Sense::LessEqual, *o.maxTrainingWeeksPerPerson);
            }
        }
    }

    m.usedBy = usedBy;
    if (o.mode == RecommendOptions::Mode::Coverage) {
        // A filled role's must-haves are worth more than any plan can cost: coverage first.
        const double yearly = o.budget ? whole(*o.budget) : most(m.yearly, upper);
        const double oneOff = o.oneOffBudget ? whole(*o.oneOffBudget) : most(m.oneOff, upper);
        const double worth = yearly + oneOff + 1.0;
        for (std::size_t r = 0; r < roles; ++r) {
            if (m.filled[r] >= 0)
                m.mip.setCost(m.filled[r],
                              -worth * static_cast<double>(mustHaves(scenario.roles[r]).size()));
        }
    }
    if (o.headcountCap) {
        Terms people;
        for (const int used : usedBy) {
            if (used >= 0)
                people.push_back({used, 1.0});
        }
        for (const auto& option : m.hires)
            people.push_back({option.var, 1.0});
        m.mip.addConstraint(people, Sense::LessEqual, *o.headcountCap);
    }
    if (o.budget)
        m.mip.addConstraint(m.yearly, Sense::LessEqual, *o.budget);
    if (o.oneOffBudget)
        m.mip.addConstraint(m.oneOff, Sense::LessEqual, *o.oneOffBudget);

    for (const auto& lock : o.locks) {
        // Named copies: clang before 16 cannot capture structured bindings in a lambda.
        const PersonId personId = lock.first;
        const RoleId roleId = lock.second;
        const Person* named = project.findPerson(personId);
        const Role* role = scenario.findRole(roleId);
        const std::string who = named ? named->name : "A person";
        Terms in;
        for (const auto& pair : m.pairs) {
            if (m.people[pair.person]->id == personId && scenario.roles[pair.role].id == roleId)
                in.push_back({pair.y, 1.0});
        }
        if (!role) {
            m.refusal = who + " cannot be locked to a role that is not in this scenario.";
            break;
        }
        if (in.empty()) {
            m.refusal = who + " cannot be locked to " + scenario.roleLabel(*role) +
                        ": they are excluded, not in this scenario, or cannot be trained to its "
                        "must-haves within the cap on training weeks.";
            break;
        }
        m.mip.addConstraint(in, Sense::GreaterEqual, 1.0);
    }
    m.mip.setAbsoluteGap(0.2);
    if (!second)
        m.mip.setStart(greedyStart(scenario, o, m));

    if (second) {
        // The second stage: no dearer than the cheapest plan, and then the most nice-to-haves
        // met, each role's nice-to-have counted as coverage does (FTE of its holders in the role,
        // at most the headcount). Only the tie-break that keeps people where they are stays.
        for (int v = 0; v < m.mip.variableCount(); ++v)
            m.mip.setCost(v, 0.0);
        for (const auto& pair : m.pairs) {
            const Person& p = *m.people[pair.person];
            const Role& role = scenario.roles[pair.role];
            const auto was = current.find({p.id.value, role.id.value});
            const bool here =
                was != current.end() && std::abs(was->second - pair.allocation) < 1e-9;
            m.mip.setCost(pair.y, here ? -epsilon : epsilon);
        }
        for (const auto& option : m.hires)
            m.mip.setCost(option.var, perHire);
        // The first stage's plan costs exactly that; the margin is only for rounding.
        m.mip.addConstraint(m.cost, Sense::LessEqual, second->cost + 0.01);
        if (o.mode == RecommendOptions::Mode::Coverage) {
            Terms met;
            for (std::size_t r = 0; r < roles; ++r) {
                if (m.filled[r] >= 0)
                    met.push_back(
                        {m.filled[r], static_cast<double>(mustHaves(scenario.roles[r]).size())});
            }
            m.mip.addConstraint(met, Sense::GreaterEqual, second->mustHavesMet);
        }
        for (std::size_t r = 0; r < roles; ++r) {
            const Role& role = scenario.roles[r];
            for (const auto& req : role.requirements) {
                if (req.importance != Importance::NiceToHave)
                    continue;
                Terms holders;
                for (const auto& pair : m.pairs) {
                    if (pair.role == r && levelAfter(scenario, *m.people[pair.person], pair,
                                                     req.skill) >= req.minimum)
                        holders.push_back({pair.y, pair.allocation});
                }
                for (const auto& extra : m.extras) { // trained further for depth
                    const Pair& pair = m.pairs[extra.pair];
                    if (pair.role == r && extra.training.skill == req.skill &&
                        extra.training.to >= req.minimum)
                        holders.push_back({extra.var, pair.allocation});
                }
                for (const auto& option : m.hires) {
                    const auto it = option.trainedLevels.find(req.skill);
                    if (option.role == r && it != option.trainedLevels.end() &&
                        it->second >= req.minimum)
                        holders.push_back({option.var, option.fte});
                }
                if (holders.empty())
                    continue;
                const int met = m.mip.addVariable(0, role.headcount, -1.0, false);
                holders.push_back({met, -1.0});
                m.mip.addConstraint(holders, Sense::GreaterEqual, 0.0);
            }
        }
        m.mip.setAbsoluteGap(0.01);
    }
    return m;
}

} // namespace crewplan::staffing
