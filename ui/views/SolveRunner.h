// Runs a recommendation on its own thread over a copy of the project, so that the window stays
// live; cancel() stops the solve itself (its child process is killed), not merely its answer.
#pragma once

#include "model/Ids.h"
#include "optimize/StaffingOptimizer.h"

#include <QObject>
#include <memory>
#include <stop_token>

class QThread;

namespace crewplan {

struct Project;

class SolveRunner : public QObject {
    Q_OBJECT

public:
    explicit SolveRunner(QObject* parent = nullptr);
    ~SolveRunner() override; // stops a running solve and waits the few milliseconds it takes

    bool isRunning() const { return thread_ != nullptr; }
    // Starts a solve (any running one is cancelled first).
    void start(std::shared_ptr<const Project> project, ScenarioId scenario,
               RecommendOptions options);
    void cancel();

signals:
    void solved(std::shared_ptr<const StaffingPlan> plan); // not sent for a cancelled run
    void ended(); // the thread is gone: solved, failed or cancelled

private:
    void stopAndWait();

    QThread* thread_ = nullptr;
    std::stop_source stop_;
};

} // namespace crewplan
