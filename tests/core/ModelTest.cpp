// The skill model's scale, names and the rules validate() enforces.
#include "core/ProjectBuilder.h"
#include "model/Project.h"
#include "model/Text.h"

#include <gtest/gtest.h>

using namespace crewplan;
using crewplan::test::ProjectBuilder;

TEST(SkillLevel, ScaleHasFiveNamedLevelsWithDescriptions) {
    const auto scale = skillLevelScale();
    ASSERT_EQ(scale.size(), 5u);
    const char* names[] = {"None", "Awareness", "Working", "Advanced", "Expert"};
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(static_cast<int>(scale[static_cast<std::size_t>(i)].level), i);
        EXPECT_EQ(scale[static_cast<std::size_t>(i)].name, names[i]);
        EXPECT_FALSE(scale[static_cast<std::size_t>(i)].description.empty());
    }
    EXPECT_EQ(parseSkillLevel("advanced"), SkillLevel::Advanced);
    EXPECT_EQ(parseSkillLevel("4"), SkillLevel::Expert);
    EXPECT_EQ(parseSkillLevel("5"), std::nullopt);
    EXPECT_EQ(parseSkillLevel("Guru"), std::nullopt);
}

TEST(SkillCategory, EightCategoriesRoundTripThroughTheirNames) {
    ASSERT_EQ(skillCategories().size(), 8u);
    for (auto category : skillCategories())
        EXPECT_EQ(parseSkillCategory(skillCategoryName(category)), category);
    EXPECT_EQ(parseSkillCategory("Platform & DevOps"), SkillCategory::PlatformDevOps);
    EXPECT_EQ(parseSkillCategory("Astrology"), std::nullopt);
}

TEST(Text, FormatsMoneyPercentAndShares) {
    EXPECT_EQ(formatMoney(1234567.4), "1,234,567");
    EXPECT_EQ(formatMoney(999), "999");
    EXPECT_EQ(formatMoney(-1000), "-1,000");
    EXPECT_EQ(formatPercent(0.875), "87.5 %");
    EXPECT_EQ(formatShare(1.0), "1");
    EXPECT_EQ(formatShare(0.5), "0.5");
    EXPECT_EQ(formatShare(2.1), "2.1");
}

namespace {
ProjectBuilder oneRole() {
    ProjectBuilder b;
    b.skill("SQL").team("Data").role("Analyst", 1,
                                     {{"SQL", SkillLevel::Working, Importance::MustHave}});
    return b;
}
} // namespace

TEST(Validate, AcceptsAConsistentProject) {
    auto b = oneRole();
    b.person("Ann", 0.5, 1000, {{"SQL", SkillLevel::Advanced}}).assign("Ann", "Analyst", 0.5);
    EXPECT_TRUE(validate(b.build()).ok());
}

TEST(Validate, RefusesAllocationsBeyondFte) {
    auto b = oneRole();
    b.person("Ann", 0.5, 1000, {}).assign("Ann", "Analyst", 0.8);
    const auto status = validate(b.build());
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.message().find("'Ann' is allocated 0.8 FTE but has only 0.5"),
              std::string::npos)
        << status.message();
}

TEST(Validate, RefusesImpossibleValuesNamingTheEntity) {
    {
        auto b = oneRole();
        b.person("Ann", 1.5, 1000, {});
        const auto status = validate(b.build());
        ASSERT_FALSE(status.ok());
        EXPECT_NE(status.message().find("Person 'Ann': FTE must be more than 0 and at most 1"),
                  std::string::npos);
    }
    {
        auto b = oneRole();
        b.person("Ann", 1.0, -5, {});
        EXPECT_NE(validate(b.build()).message().find("cannot be negative"), std::string::npos);
    }
    {
        auto b = oneRole();
        b.person("", 1.0, 5, {});
        EXPECT_NE(validate(b.build()).message().find("empty name"), std::string::npos);
    }
    {
        auto b = oneRole();
        b.scenario().roles[0].headcount = 0;
        EXPECT_NE(validate(b.build()).message().find("headcount target must be at least 1"),
                  std::string::npos);
    }
    {
        auto b = oneRole();
        b.scenario().roles[0].costBand = {100, 50};
        EXPECT_NE(validate(b.build()).message().find("cost band"), std::string::npos);
    }
}
