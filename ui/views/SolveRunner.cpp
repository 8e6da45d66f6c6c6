#include "SolveRunner.h"

#include "model/Project.h"

#include <QThread>

namespace crewplan {

SolveRunner::SolveRunner(QObject* parent) : QObject(parent) {}

SolveRunner::~SolveRunner() {
    if (!thread_)
        return;
    stop_.request_stop();
    thread_->disconnect(this);
    thread_->wait(); // the solve sees the request within milliseconds and its child is killed
    delete thread_;
}

void SolveRunner::start(std::shared_ptr<const Project> project, ScenarioId scenario,
                        RecommendOptions options, std::optional<ScheduleOptions> schedule) {
    stopAndWait();
    stop_ = std::stop_source();
    auto result = std::make_shared<std::shared_ptr<const StaffingPlan>>();
    auto timed = std::make_shared<std::shared_ptr<const Schedule>>();
    const std::stop_token stop = stop_.get_token();
    thread_ = QThread::create([project, scenario, options, schedule, result, timed, stop] {
        const Scenario& s = *project->findScenario(scenario);
        if (schedule) {
            auto made = std::make_shared<const Schedule>(
                recommendSchedule(*project, s, options, *schedule, currentMonth(), stop));
            *result = std::shared_ptr<const StaffingPlan>(made, &made->plan);
            *timed = made;
        } else {
            *result = std::make_shared<const StaffingPlan>(recommend(*project, s, options, stop));
        }
    });
    QThread* thread = thread_;
    connect(thread, &QThread::finished, this, [this, thread, result, timed, stop] {
        const bool cancelled = stop.stop_requested();
        if (thread_ == thread)
            thread_ = nullptr;
        thread->deleteLater();
        if (*result && !cancelled)
            emit solved(*result, *timed);
        emit ended();
    });
    thread_->start();
}

void SolveRunner::cancel() {
    stop_.request_stop();
}

void SolveRunner::stopAndWait() {
    if (!thread_)
        return;
    stop_.request_stop();
    thread_->disconnect(this);
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    emit ended();
}

} // namespace crewplan
