package app.waypoint.houseproject;

import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_LEAVING_REASON;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Ends the membership of a young person who left the House Project. */
@Named
@Dependent
class RecordLeavingDelegate extends StepDelegate {

    RecordLeavingDelegate(HouseProjectSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.left(membershipId(execution), text(execution, VAR_LEAVING_REASON));
    }
}
