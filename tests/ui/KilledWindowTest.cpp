// The window killed (SIGKILL) while a user edits in it: the file still opens (never "damaged",
// never "in use" by the dead window), and every edit the window showed is in it. The child is
// this test program itself, run with CREWPLAN_KILLED_WINDOW_FILE set: it opens the file in a
// real MainWindow and edits as a user does (Add person, typing a name and a cost in the people
// table, Undo, Redo), printing what the window shows after each step; the parent kills it at a
// random moment. CREWPLAN_WINDOW_KILL_ROUNDS sets the rounds (default 8; the closing figures
// come from 40).
#include "Actions.h"
#include "UiTestSupport.h"
#include "model/Project.h"
#include "models/PeopleModel.h"
#include "views/PeopleView.h"

#include <QAction>
#include <QUndoStack>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <map>
#include <random>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

using namespace crewplan;
using crewplan::test::TempDir;
using crewplan::test::Workbench;

namespace {

constexpr const char* kFileVariable = "CREWPLAN_KILLED_WINDOW_FILE";
constexpr const char* kRoundVariable = "CREWPLAN_KILLED_WINDOW_ROUND";

int rounds() {
    const char* text = std::getenv("CREWPLAN_WINDOW_KILL_ROUNDS");
    const int n = text ? std::atoi(text) : 0;
    return n > 0 ? n : 8;
}

int rowOf(PeopleModel& model, PersonId id) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.personAt(row) == id)
            return row;
    return -1;
}

// What the window showed for one person after a step: "<name> <cost>".
struct Shown {
    std::string name;
    long long cost = 0;
};

} // namespace

// The child's side: skipped unless the parent below started this program for it.
TEST(KilledWindow, ChildEditsUntilKilled) {
    const char* file = std::getenv(kFileVariable);
    if (!file)
        GTEST_SKIP() << "run by KilledWindow.EveryEditTheWindowShowedIsInTheFile";
    const std::string round = std::getenv(kRoundVariable) ? std::getenv(kRoundVariable) : "0";
    Workbench w(false);
    w.window->setInUseAsker([](const QString&) { return MainWindow::InUseChoice::Cancel; });
    w.window->openFile(QString::fromLocal8Bit(file));
    if (!w.errors.isEmpty() || w.document.filePath().isEmpty()) {
        std::printf("open failed: %s\n", qPrintable(w.errors.join(QStringLiteral("; "))));
        std::fflush(stdout);
        std::_Exit(3);
    }
    std::printf("ready\n");
    std::fflush(stdout);
    PeopleView& view = *w.window->peopleView();
    PeopleModel& model = *view.peopleModel();
    QUndoStack& undo = *w.document.undoStack();
    auto show = [&](int k, PersonId id) {
        const Person* person = w.document.person(id);
        std::printf("%d %lld %s\n", k, static_cast<long long>(person->yearlyCost),
                    person->name.c_str());
        std::fflush(stdout);
    };
    for (int k = 0; k < 10000; ++k) {
        w.window->actions().get(ActionId::AddPerson)->trigger();
        const PersonId id = view.currentPerson();
        const int row = rowOf(model, id);
        if (!id.valid() || row < 0 || !w.errors.isEmpty())
            std::_Exit(4);
        const std::string name = "W" + round + "-" + std::to_string(k);
        model.setData(model.index(row, PeopleModel::Name), QString::fromStdString(name),
                      Qt::EditRole);
        show(k, id);
        model.setData(model.index(rowOf(model, id), PeopleModel::YearlyCost),
                      QString::number(50000 + k), Qt::EditRole);
        show(k, id);
        undo.undo();
        show(k, id);
        undo.redo();
        show(k, id);
        if (!w.errors.isEmpty())
            std::_Exit(5);
    }
}

TEST(KilledWindow, EveryEditTheWindowShowedIsInTheFile) {
    if (std::getenv(kFileVariable))
        GTEST_SKIP() << "this is the child";
    TempDir dir;
    const std::string file = dir.file("p.crewplan");
    ASSERT_TRUE(ProjectStore::create(file, *makeProject(ProjectTemplate::Sample)));
    std::size_t peopleBefore = ProjectStore::open(file)->project().people.size();
    std::mt19937 random(20261201);
    std::uniform_int_distribution<int> delay(0, 600); // ms after the window is ready
    const int n = rounds();
    int shownSteps = 0, killedMidEdit = 0;
    for (int round = 0; round < n; ++round) {
        int pipeEnds[2];
        ASSERT_EQ(pipe2(pipeEnds, O_CLOEXEC), 0);
        // Started with posix_spawn, never a bare fork() of this process with its Qt threads:
        // the environment and the arguments are made here, before the child exists.
        std::vector<std::string> environment{std::string(kFileVariable) + "=" + file,
                                             std::string(kRoundVariable) + "=" +
                                                 std::to_string(round),
                                             // what the killed window leaves, removed with dir
                                             "TMPDIR=" + dir.path().string()};
        for (char** e = environ; *e; ++e) {
            const std::string entry(*e);
            if (!entry.starts_with("TMPDIR=") && !entry.starts_with(kFileVariable) &&
                !entry.starts_with(kRoundVariable))
                environment.push_back(entry);
        }
        std::vector<char*> envp;
        for (auto& entry : environment)
            envp.push_back(entry.data());
        envp.push_back(nullptr);
        std::string program = "/proc/self/exe";
        std::string filter = "--gtest_filter=KilledWindow.ChildEditsUntilKilled";
        char* argv[] = {program.data(), filter.data(), nullptr};
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
        pid_t child = -1;
        const int spawned =
            posix_spawn(&child, program.c_str(), &actions, nullptr, argv, envp.data());
        posix_spawn_file_actions_destroy(&actions);
        ASSERT_EQ(spawned, 0) << std::strerror(spawned);
        close(pipeEnds[1]);
        FILE* out = fdopen(pipeEnds[0], "r");
        char line[512];
        std::vector<std::string> lines;
        // Wait until the window has the file open, then let it edit for a random while.
        bool ready = false;
        while (!ready && std::fgets(line, sizeof line, out)) {
            lines.emplace_back(line);
            ready = lines.back() == "ready\n";
        }
        ASSERT_TRUE(ready) << "round " << round << ": the window did not open the file: "
                           << (lines.empty() ? "(nothing)" : lines.back());
        std::this_thread::sleep_for(std::chrono::milliseconds(delay(random)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "round " << round << ": the window stopped by itself";
        while (std::fgets(line, sizeof line, out))
            lines.emplace_back(line);
        std::fclose(out);

        // What the window showed last for each of its people.
        std::map<int, Shown> shown;
        int lastShown = -1;
        bool afterReady = false;
        for (const std::string& text : lines) {
            if (!afterReady) { // GoogleTest's own lines, then "ready"
                afterReady = text == "ready\n";
                continue;
            }
            if (text.back() != '\n')
                continue; // a line cut by the kill was never shown whole
            std::istringstream in(text);
            int k = 0;
            Shown s;
            ASSERT_TRUE(in >> k >> s.cost >> s.name) << "round " << round << ": " << text;
            shown[k] = s;
            lastShown = k;
            ++shownSteps;
        }

        auto store = ProjectStore::open(file);
        ASSERT_TRUE(store) << "round " << round << ": " << store.message();
        const Project& project = store->project();
        const std::string prefix = "W" + std::to_string(round) + "-";
        std::map<std::string, long long> inFile;
        for (const Person& person : project.people)
            if (person.name.starts_with(prefix))
                inFile[person.name] = person.yearlyCost;
        for (const auto& [k, s] : shown) {
            const auto found = inFile.find(s.name);
            ASSERT_NE(found, inFile.end())
                << "round " << round << ": the window showed " << s.name << ", the file lacks it";
            if (k < lastShown) {
                EXPECT_EQ(found->second, s.cost)
                    << "round " << round << ": " << s.name << " as the window showed it";
            } else {
                // The step after the last one shown may have reached the file unshown: it sets
                // the cost, or takes it back, and nothing else.
                EXPECT_TRUE(found->second == s.cost || found->second == 0 ||
                            found->second == 50000 + k)
                    << "round " << round << ": " << s.name << " holds " << found->second;
            }
        }
        // Unshown, at most the next step landed: an Add person (a new person not yet named),
        // or the name typed for it.
        const std::size_t added = project.people.size() - peopleBefore;
        EXPECT_TRUE(added == shown.size() || added == shown.size() + 1)
            << "round " << round << ": " << added << " people added, " << shown.size() << " shown";
        EXPECT_TRUE(inFile.size() == shown.size() || inFile.size() == shown.size() + 1)
            << "round " << round;
        peopleBefore = project.people.size();
        killedMidEdit += lastShown >= 0 ? 1 : 0;
    }
    // Worth its rounds only if the kills land while the window edits.
    EXPECT_GT(killedMidEdit, 0);
    std::printf("killed window: %d rounds, %d killed while editing, %d steps shown, all in the "
                "file\n",
                n, killedMidEdit, shownSteps);
}
