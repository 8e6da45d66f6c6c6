// Time from an edit to refreshed views: the real main window on a generated project, offscreen.
// Each iteration applies one edit (through the document, as a view would) and then lets Qt
// process the events it caused, paint included.
#include "FileDialogs.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ProjectDocument.h"
#include "generate/Generator.h"
#include "storage/ProjectStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <benchmark/benchmark.h>
#include <filesystem>

namespace {

struct Fixture {
    std::string path;
    crewplan::Preferences preferences{
        QDir::temp().filePath(QStringLiteral("crewplan-bench-settings.ini"))};
    crewplan::SystemFileDialogs dialogs;
    crewplan::ProjectDocument document;
    crewplan::MainWindow window{document, preferences, dialogs};

    explicit Fixture(int people) {
        path = (std::filesystem::temp_directory_path() /
                ("crewplan-ui-bench-" + std::to_string(people) + ".crewplan"))
                   .string();
        std::filesystem::remove(path);
        (void)crewplan::ProjectStore::create(path, *crewplan::generateProject({people, 1}));
        window.openFile(QString::fromStdString(path));
        window.show();
        QApplication::processEvents();
    }
};

void BM_EditToRefreshedViews_SkillLevel(benchmark::State& state) {
    Fixture f(static_cast<int>(state.range(0)));
    const auto& project = f.document.project();
    const crewplan::PersonId person = project.people[project.people.size() / 2].id;
    const crewplan::SkillId skill = project.skills.front().id;
    int level = 1;
    for (auto _ : state) {
        level = level % 4 + 1;
        f.document.apply(
            crewplan::SetSkillLevel{person, skill, static_cast<crewplan::SkillLevel>(level)},
            QStringLiteral("level"));
        QApplication::processEvents();
    }
}
BENCHMARK(BM_EditToRefreshedViews_SkillLevel)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

void BM_EditToRefreshedViews_Assign(benchmark::State& state) {
    Fixture f(static_cast<int>(state.range(0)));
    const auto& scenario = f.document.scenario();
    const auto assignment = scenario.assignments.front();
    bool full = true;
    qint64 applyNs = 0;
    for (auto _ : state) {
        full = !full;
        QElapsedTimer timer;
        timer.start();
        f.document.apply(
            crewplan::SetAllocation{scenario.id, assignment.person, assignment.role,
                                    full ? assignment.allocation : assignment.allocation / 2},
            QStringLiteral("assign"));
        applyNs += timer.nsecsElapsed();
        QApplication::processEvents();
    }
    state.counters["apply_ms"] =
        benchmark::Counter(static_cast<double>(applyNs) / 1e6, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_EditToRefreshedViews_Assign)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

// What a user waits for after File › Open: the file checked and read, every view filled and
// the window painted. CREWPLAN_BENCH_FILE names the project (benchmarks/side-by-side.sh passes
// the one it times sqlite3 on); otherwise a generated one of the given size.
void BM_OpenToPaintedWindow(benchmark::State& state) {
    crewplan::Preferences preferences{
        QDir::temp().filePath(QStringLiteral("crewplan-bench-settings.ini"))};
    crewplan::SystemFileDialogs dialogs;
    crewplan::ProjectDocument document;
    crewplan::MainWindow window{document, preferences, dialogs};
    std::string path = qEnvironmentVariable("CREWPLAN_BENCH_FILE").toStdString();
    if (path.empty()) {
        const int people = static_cast<int>(state.range(0));
        path = (std::filesystem::temp_directory_path() /
                ("crewplan-open-bench-" + std::to_string(people) + ".crewplan"))
                   .string();
        std::filesystem::remove(path);
        (void)crewplan::ProjectStore::create(path, *crewplan::generateProject({people, 1}));
    }
    window.show();
    QApplication::processEvents();
    std::size_t people = 0;
    for (auto _ : state) {
        if (!window.openFile(QString::fromStdString(path)))
            state.SkipWithError("the project did not open");
        window.repaint();
        QApplication::processEvents();
        state.PauseTiming();
        people = document.project().people.size();
        document.close();
        QApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["people"] = static_cast<double>(people);
}
BENCHMARK(BM_OpenToPaintedWindow)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// For scale: repainting the whole window once, with nothing changed.
void BM_FullWindowRepaint(benchmark::State& state) {
    Fixture f(static_cast<int>(state.range(0)));
    for (auto _ : state)
        f.window.repaint();
}
BENCHMARK(BM_FullWindowRepaint)->Arg(1000)->Unit(benchmark::kMillisecond)->MinTime(1.0);

} // namespace

int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
