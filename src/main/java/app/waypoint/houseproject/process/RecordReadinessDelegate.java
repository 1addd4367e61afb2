package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MEMBERSHIP_ID;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_READINESS_NOTE;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.houseproject.domain.membership.HouseProjectSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records the decision that the young person is ready to move, as a significant change that starts a pathway review. */
@Named
@Dependent
class RecordReadinessDelegate implements JavaDelegate {

    private final HouseProjectSteps steps;

    RecordReadinessDelegate(HouseProjectSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.ready(variables.uuid(VAR_MEMBERSHIP_ID), variables.string(VAR_READINESS_NOTE),
                variables.completedBy());
    }
}
