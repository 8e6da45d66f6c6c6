// A fixture for tests that edit the sample project in a file of their own and read it back.
#pragma once

#include "TestSupport.h"
#include "storage/ProjectStore.h"
#include "templates/Templates.h"

#include <gtest/gtest.h>
#include <optional>

namespace crewplan::test {

class SampleStoreTest : public testing::Test {
protected:
    TempDir dir;
    std::string path = dir.file("sample.crewplan");
    std::optional<ProjectStore> store;

    void SetUp() override {
        auto created = ProjectStore::create(path, *makeProject(ProjectTemplate::Sample));
        ASSERT_TRUE(created.ok()) << created.message();
        store.emplace(std::move(*created));
    }

    const Project& project() const { return store->project(); }
    const Scenario& baseline() const { return project().scenarios[0]; }
    // The project as the file has it now.
    Project reopened() const {
        auto again = ProjectStore::open(path);
        EXPECT_TRUE(again.ok()) << again.message();
        return again.ok() ? again->project() : Project{};
    }
    const Role& roleIn(ScenarioId scenario, const char* name) const {
        for (const auto& r : project().findScenario(scenario)->roles) {
            if (r.name == name)
                return r;
        }
        throw std::runtime_error(std::string("no role ") + name);
    }
};

} // namespace crewplan::test
