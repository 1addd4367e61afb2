package app.waypoint.supervision.process;

import static app.waypoint.supervision.process.SupervisionCycleProcess.VAR_SESSION_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.supervision.domain.sessions.SupervisionSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Builds the booked session's agenda and tells the worker and the supervisor it is ready. */
@Named
@Dependent
class BuildAgendaDelegate implements JavaDelegate {

    private final SupervisionSteps steps;

    BuildAgendaDelegate(SupervisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.buildAgenda(ProcessVariables.of(execution).uuid(VAR_SESSION_ID));
    }
}
