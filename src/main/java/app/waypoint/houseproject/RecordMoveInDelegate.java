package app.waypoint.houseproject;

import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_CHECKS_DONE;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_MOVED_IN_ON;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_TENANCY_STARTS_ON;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_TENANCY_TYPE;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Records the move-in and the tenancy; the sustainment checks count from here. */
@Named
@Dependent
class RecordMoveInDelegate extends StepDelegate {

    RecordMoveInDelegate(HouseProjectSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.movedIn(membershipId(execution), text(execution, VAR_TENANCY_TYPE),
                day(execution, VAR_TENANCY_STARTS_ON), day(execution, VAR_MOVED_IN_ON));
        execution.setVariable(VAR_CHECKS_DONE, 0L);
    }
}
