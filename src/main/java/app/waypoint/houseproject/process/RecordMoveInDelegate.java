package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_CHECKS_DONE;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MEMBERSHIP_ID;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MOVED_IN_ON;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_TENANCY_STARTS_ON;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_TENANCY_TYPE;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.houseproject.domain.membership.HouseProjectSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records the move-in and the tenancy; the sustainment checks count from here. */
@Named
@Dependent
class RecordMoveInDelegate implements JavaDelegate {

    private final HouseProjectSteps steps;

    RecordMoveInDelegate(HouseProjectSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.movedIn(variables.uuid(VAR_MEMBERSHIP_ID), variables.string(VAR_TENANCY_TYPE),
                variables.localDate(VAR_TENANCY_STARTS_ON), variables.localDate(VAR_MOVED_IN_ON));
        execution.setVariable(VAR_CHECKS_DONE, 0L);
    }
}
