#include "optimize/StaffingModel.h"

#include <algorithm>
#include <limits>
#include <tuple>

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
    return trainingFor(scenario, person, std::vector<const Role*>{&role}, o);
}

// The training a person needs to fill each of several roles: per skill, to the highest level
// any of them asks (once, for all of them).
std::vector<Training> trainingFor(const Scenario& scenario, const Person& person,
                                  const std::vector<const Role*>& roles,
                                  const RecommendOptions& o) {
    std::vector<Need> needs;
    for (const Role* role : roles) {
        for (const auto& need : mustHaves(*role)) {
            const auto same = std::find_if(needs.begin(), needs.end(),
                                           [&](const Need& n) { return n.skill == need.skill; });
            if (same == needs.end())
                needs.push_back(need);
            else
                same->level = std::max(same->level, need.level);
        }
    }
    std::vector<Training> out;
    for (const auto& need : needs) {
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

// The ways a person's time can be split between two roles, in quarter-FTE steps of at least a
// quarter each: as much of it as quarters allow (an employee's time is free, so more never
// costs the plan anything: 0.8 FTE splits into 0.75) or, when their time is priced, any part.
std::vector<std::pair<double, double>> splitsOf(const Person& p) {
    const double all = std::min(1.0, p.fte);
    const double quarters = std::floor(all * 4.0 + 1e-9) / 4.0;
    std::vector<std::pair<double, double>> out;
    for (double a = 0.25; a < quarters - 1e-9; a += 0.25) {
        for (double b = 0.25; a + b < quarters + 1e-9; b += 0.25) {
            if (p.status != PersonStatus::Employee || std::abs(a + b - quarters) < 1e-9)
                out.push_back({a, b});
        }
    }
    return out;
}

// Whether a pair gives the role some of the person's time.
bool fills(const Scenario& scenario, const Pair& pair, RoleId role) {
    return std::any_of(pair.shares.begin(), pair.shares.end(),
                       [&](const Share& share) { return scenario.roles[share.role].id == role; });
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
        if (placed[pair.person])
            return -std::numeric_limits<double>::infinity();
        double saved = -pair.cost;
        for (const auto& share : pair.shares) {
            const double need = open[share.role];
            saved += hireCost(share.role, need) -
                     hireCost(share.role, std::max(0.0, need - share.allocation));
        }
        return saved;
    };
    const auto place = [&](const Pair& pair) {
        set(pair.y, 1.0);
        placed[pair.person] = true;
        for (const auto& share : pair.shares)
            open[share.role] -= share.allocation;
    };
    for (const auto& [personId, roleId] : o.locks) {
        for (const auto& pair : m.pairs) {
            if (!placed[pair.person] && m.people[pair.person]->id == personId &&
                fills(scenario, pair, roleId))
                place(pair); // the first is the person's whole share in that role alone
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

std::vector<double> carriedOver(const Model& from, const std::vector<double>& values,
                                const Model& to) {
    std::vector<double> out(static_cast<std::size_t>(to.mip.variableCount()), 0.0);
    std::size_t carried = 0;
    const auto carry = [&](int source, int target) {
        if (source < 0 || target < 0)
            return;
        out[static_cast<std::size_t>(target)] = values[static_cast<std::size_t>(source)];
        ++carried;
    };
    using Key = std::tuple<std::size_t, std::size_t, double>; // person, role, share
    const auto keyOf = [](const Pair& pair) {
        return Key{pair.person, pair.shares.front().role, pair.shares.front().allocation};
    };
    std::map<Key, std::size_t> single; // in `to`: pair index
    for (std::size_t k = 0; k < to.pairs.size(); ++k) {
        if (to.pairs[k].shares.size() == 1)
            single.emplace(keyOf(to.pairs[k]), k);
    }
    std::map<std::size_t, std::size_t> pairAt; // from's pair index -> to's
    for (std::size_t k = 0; k < from.pairs.size(); ++k) {
        const auto it = single.find(keyOf(from.pairs[k]));
        if (it == single.end())
            return {};
        pairAt[k] = it->second;
        carry(from.pairs[k].y, to.pairs[it->second].y);
    }
    std::map<std::tuple<std::size_t, std::int64_t, int>, int> extraOf; // pair, skill, level
    for (const auto& extra : to.extras)
        extraOf[{extra.pair, extra.training.skill.value, static_cast<int>(extra.training.to)}] =
            extra.var;
    for (const auto& extra : from.extras) {
        const auto it = extraOf.find({pairAt.at(extra.pair), extra.training.skill.value,
                                      static_cast<int>(extra.training.to)});
        if (it == extraOf.end())
            return {};
        carry(extra.var, it->second);
    }
    if (from.hires.size() != to.hires.size() || from.usedBy.size() != to.usedBy.size() ||
        from.filled.size() != to.filled.size())
        return {};
    for (std::size_t h = 0; h < from.hires.size(); ++h)
        carry(from.hires[h].var, to.hires[h].var);
    for (std::size_t i = 0; i < from.usedBy.size(); ++i)
        carry(from.usedBy[i], to.usedBy[i]);
    for (std::size_t r = 0; r < from.filled.size(); ++r)
        carry(from.filled[r], to.filled[r]);
    return carried > 0 ? out : std::vector<double>{};
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

    // Pairs: each person fills at most one role, or two with a share of their time in each, and
    // only once trained to all their must-haves.
    std::vector<Terms> fill(roles);
    std::vector<Terms> roleOf(m.people.size()), weeksOf(m.people.size());
    const auto addPair = [&](Pair pair, double yearly, bool here) {
        double training = 0.0;
        for (const auto& t : pair.training)
            training += t.cost;
        pair.cost = yearly + training;
        pair.y = variable(1, pair.cost + (here ? -epsilon : epsilon));
        if (training > 0) {
            m.oneOff.push_back({pair.y, training});
            m.cost.push_back({pair.y, training});
        }
        if (yearly > 0) {
            m.yearly.push_back({pair.y, yearly});
            m.cost.push_back({pair.y, yearly});
        }
        roleOf[pair.person].push_back({pair.y, 1.0});
        if (pair.weeks > 0)
            weeksOf[pair.person].push_back({pair.y, pair.weeks});
        for (const auto& share : pair.shares)
            fill[share.role].push_back({pair.y, share.allocation});
        m.pairs.push_back(std::move(pair));
    };
    const auto isLocked = [&](const Person& p, const Role& role) {
        return std::find(o.locks.begin(), o.locks.end(), std::pair{p.id, role.id}) != o.locks.end();
    };
    const auto isCurrent = [&](const Person& p, const Role& role, double share) {
        const auto was = current.find({p.id.value, role.id.value});
        return was != current.end() && std::abs(was->second - share) < 1e-9;
    };
    const auto weeksWithinCap = [&](double weeks) {
        return !o.maxTrainingWeeksPerPerson || weeks <= *o.maxTrainingWeeksPerPerson + 1e-9;
    };
    const auto sumOf = [](const std::vector<Training>& training, double Training::*field) {
        double sum = 0.0;
        for (const auto& t : training)
            sum += t.*field;
        return sum;
    };
    // Per person, the roles they could fill within the cap on training weeks, and what the
    // cheapest single pair of each costs for a share of at least a given size.
    std::vector<std::vector<std::size_t>> fillable(m.people.size());
    for (std::size_t i = 0; i < m.people.size(); ++i) {
        const Person& p = *m.people[i];
        const bool paid = p.status != PersonStatus::Employee;
        for (std::size_t r = 0; r < roles; ++r) {
            const Role& role = scenario.roles[r];
            auto training = trainingFor(scenario, p, role, o);
            const double cost = sumOf(training, &Training::cost);
            const double weeks = sumOf(training, &Training::weeks);
            if (!weeksWithinCap(weeks))
                continue;
            fillable[i].push_back(r);
            for (const double share : sharesOf(p)) {
                // Candidates and planned hires cost their yearly cost × the share they give.
                const double yearly = paid ? static_cast<double>(p.yearlyCost) * share : 0.0;
                if (!isLocked(p, role) && yearly + cost > replacement(role, share))
                    continue; // a hire does it for less: never in a cheapest plan
                addPair(Pair{i, {{r, share}}, -1, training, weeks, 0.0}, yearly,
                        isCurrent(p, role, share));
            }
        }
    }
    // Shared roles: a person in two roles, trained once for both. Where a single role and a hire
    // for the other share (or hires for both) cost less, the split is never in a cheapest plan.
    // Past kMostSplits splits the model would be too large to prove: one role each, and the plan
    // says so.
    if (o.sharedRoles) {
        std::size_t ways = 0;
        for (std::size_t i = 0; i < m.people.size(); ++i) {
            const std::size_t k = fillable[i].size();
            ways += k * (k - std::min<std::size_t>(k, 1)) / 2 * splitsOf(*m.people[i]).size();
        }
        std::vector<std::pair<Pair, double>> splits; // with the yearly cost
        bool tooMany = ways > 20 * kMostSplits;
        for (std::size_t i = 0; i < m.people.size() && !tooMany; ++i) {
            const Person& p = *m.people[i];
            const bool paid = p.status != PersonStatus::Employee;
            const double rate = paid ? static_cast<double>(p.yearlyCost) : 0.0;
            const auto single = [&](std::size_t r, double share) {
                const Role& role = scenario.roles[r];
                return sumOf(trainingFor(scenario, p, role, o), &Training::cost) +
                       rate * (paid ? share : std::min(1.0, p.fte));
            };
            const auto& rs = fillable[i];
            for (std::size_t x = 0; x < rs.size() && !tooMany; ++x) {
                for (std::size_t z = x + 1; z < rs.size() && !tooMany; ++z) {
                    const Role& a = scenario.roles[rs[x]];
                    const Role& b = scenario.roles[rs[z]];
                    if (mustHaves(a).empty() || mustHaves(b).empty())
                        continue; // nothing to share a role without must-haves for
                    auto training = trainingFor(scenario, p, {&a, &b}, o);
                    const double weeks = sumOf(training, &Training::weeks);
                    if (!weeksWithinCap(weeks))
                        continue;
                    const double once = sumOf(training, &Training::cost);
                    for (const auto& [sa, sb] : splitsOf(p)) {
                        const double yearly = rate * (sa + sb);
                        const double alternative =
                            std::min({replacement(a, sa) + replacement(b, sb),
                                      single(rs[x], sa) + replacement(b, sb),
                                      replacement(a, sa) + single(rs[z], sb)});
                        if (!isLocked(p, a) && !isLocked(p, b) && yearly + once > alternative)
                            continue;
                        splits.push_back(
                            {Pair{i, {{rs[x], sa}, {rs[z], sb}}, -1, training, weeks, 0.0},
                             yearly});
                        tooMany = splits.size() > kMostSplits;
                    }
                }
            }
        }
        if (tooMany) {
            m.sharedRolesLeftOut = true;
        } else {
            for (auto& [pair, yearly] : splits) {
                const Person& p = *m.people[pair.person];
                const bool here =
                    isCurrent(p, scenario.roles[pair.shares[0].role], pair.shares[0].allocation) &&
                    isCurrent(p, scenario.roles[pair.shares[1].role], pair.shares[1].allocation);
                addPair(std::move(pair), yearly, here);
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
        // A pair in a team (through either of its roles) is a holder of each of its must-have
        // skills, once trained for its roles or trained further (an extra). A split between two
        // teams may be trained further in one skill for each: the higher level serves both, and
        // only one is paid for.
        const auto inTeam = [&](const Pair& pair, TeamId team) {
            return std::any_of(pair.shares.begin(), pair.shares.end(), [&](const Share& share) {
                return scenario.roles[share.role].team == team;
            });
        };
        struct Row {
            Terms holders;
            std::vector<std::size_t> pairs; // in the team, not yet holding the skill
            Need need;
        };
        std::vector<Row> rows;
        std::map<std::pair<std::size_t, SkillId>, std::vector<std::size_t>> extrasOf; // pair, skill
        for (const auto& team : scenario.teams) {
            for (const auto& need : depthNeeds(scenario, team.id)) {
                Row row{{}, {}, need};
                for (std::size_t k = 0; k < m.pairs.size(); ++k) {
                    const Pair& pair = m.pairs[k];
                    if (!inTeam(pair, team.id))
                        continue;
                    const SkillLevel after =
                        levelAfter(scenario, *m.people[pair.person], pair, need.skill);
                    if (after >= need.level) {
                        row.holders.push_back({pair.y, 1.0});
                        continue;
                    }
                    row.pairs.push_back(k);
                    auto& made = extrasOf[{k, need.skill}];
                    if (std::any_of(made.begin(), made.end(), [&](std::size_t e) {
                            return m.extras[e].training.to == need.level;
                        }))
                        continue;
                    Extra extra{k, trainingTo(need.skill, after, need.level, o), -1};
                    if (!weeksWithinCap(pair.weeks + extra.training.weeks))
                        continue;
                    extra.var = variable(1, extra.training.cost);
                    m.oneOff.push_back({extra.var, extra.training.cost});
                    m.cost.push_back({extra.var, extra.training.cost});
                    m.mip.addConstraint({{extra.var, 1.0}, {pair.y, -1.0}}, Sense::LessEqual, 0.0);
                    weeksOf[pair.person].push_back({extra.var, extra.training.weeks});
                    made.push_back(m.extras.size());
                    m.extras.push_back(extra);
                }
                for (const auto& option : m.hires) {
                    const auto it = option.trainedLevels.find(need.skill);
                    if (scenario.roles[option.role].team == team.id &&
                        it != option.trainedLevels.end() && it->second >= need.level)
                        row.holders.push_back({option.var, 1.0});
                }
                rows.push_back(std::move(row));
            }
        }
        for (auto& row : rows) {
            for (const std::size_t k : row.pairs) {
                for (const std::size_t e : extrasOf[{k, row.need.skill}]) {
                    if (m.extras[e].training.to >= row.need.level)
                        row.holders.push_back({m.extras[e].var, 1.0});
                }
            }
            m.mip.addConstraint(row.holders, Sense::GreaterEqual, o.depth);
        }
        for (const auto& [key, made] : extrasOf) {
            if (made.size() < 2)
                continue;
            Terms one;
            for (const std::size_t e : made)
                one.push_back({m.extras[e].var, 1.0});
            m.mip.addConstraint(one, Sense::LessEqual, 1.0);
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
            if (m.people[pair.person]->id == personId && fills(scenario, pair, roleId))
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
            const bool here =
                std::all_of(pair.shares.begin(), pair.shares.end(), [&](const Share& share) {
                    return isCurrent(p, scenario.roles[share.role], share.allocation);
                });
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
                    if (pair.in(r) > 0 && levelAfter(scenario, *m.people[pair.person], pair,
                                                     req.skill) >= req.minimum)
                        holders.push_back({pair.y, pair.in(r)});
                }
                for (const auto& extra : m.extras) { // trained further for depth
                    const Pair& pair = m.pairs[extra.pair];
                    if (pair.in(r) > 0 && extra.training.skill == req.skill &&
                        extra.training.to >= req.minimum &&
                        levelAfter(scenario, *m.people[pair.person], pair, req.skill) <
                            req.minimum) // else the pair holds it already
                        holders.push_back({extra.var, pair.in(r)});
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
