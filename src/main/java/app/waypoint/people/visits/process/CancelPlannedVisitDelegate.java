package app.waypoint.people.visits.process;

import static app.waypoint.people.visits.process.PlannedVisitProcess.VAR_NOT_VISITED_BECAUSE;
import static app.waypoint.people.visits.process.PlannedVisitProcess.VAR_VISIT_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.people.visits.PlannedVisitService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The worker closed the visit's task without a visit recorded: the planned visit is cancelled with their reason. */
@Named
@Dependent
class CancelPlannedVisitDelegate implements JavaDelegate {

    private final PlannedVisitService visits;

    CancelPlannedVisitDelegate(PlannedVisitService visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        visits.cancel(variables.uuid(VAR_VISIT_ID), variables.string(VAR_NOT_VISITED_BECAUSE), variables.completedBy());
    }
}
