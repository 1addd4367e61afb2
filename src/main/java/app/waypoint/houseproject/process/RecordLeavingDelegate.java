package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_LEAVING_REASON;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MEMBERSHIP_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.houseproject.domain.membership.HouseProjectSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Ends the membership of a young person who left the House Project. */
@Named
@Dependent
class RecordLeavingDelegate implements JavaDelegate {

    private final HouseProjectSteps steps;

    RecordLeavingDelegate(HouseProjectSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.left(variables.uuid(VAR_MEMBERSHIP_ID), variables.string(VAR_LEAVING_REASON));
    }
}
