// Runs a recommendation on its own thread over a copy of the project, so that the window stays
// live; cancel() stops the solve itself (its child process is killed), not merely its answer.
#pragma once

#include "model/Ids.h"
#include "optimize/Schedule.h"
#include "optimize/StaffingOptimizer.h"

#include <QObject>
#include <memory>
#include <optional>
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
    // Starts a solve (any running one is cancelled first): the plan of today or, with
    // `schedule`, a schedule over the scenario's time line (docs/schedule.md).
    void start(std::shared_ptr<const Project> project, ScenarioId scenario,
               RecommendOptions options, std::optional<ScheduleOptions> schedule = {});
    void cancel();

signals:
    // Not sent for a cancelled run; `schedule` is the schedule the plan is part of (none for the
    // plan of today).
    void solved(std::shared_ptr<const StaffingPlan> plan, std::shared_ptr<const Schedule> schedule);
    void ended(); // the thread is gone: solved, failed or cancelled

private:
    void stopAndWait();

    QThread* thread_ = nullptr;
    std::stop_source stop_;
};

} // namespace crewplan
