package app.waypoint.houseproject;

import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_READINESS_NOTE;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Records the decision that the young person is ready to move, as a significant change that starts a pathway review. */
@Named
@Dependent
class RecordReadinessDelegate extends StepDelegate {

    RecordReadinessDelegate(HouseProjectSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.ready(membershipId(execution), text(execution, VAR_READINESS_NOTE),
                completedBy(execution));
    }
}
