package app.waypoint.houseproject;

import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_CHECKS_DONE;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_CHECK_NOTE;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_MORE_CHECKS;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_TENANCY_HELD;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Records a tenancy sustainment check and whether another follows. */
@Named
@Dependent
class RecordTenancyCheckDelegate extends StepDelegate {

    RecordTenancyCheckDelegate(HouseProjectSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long done = number(execution, VAR_CHECKS_DONE);
        execution.setVariable(VAR_MORE_CHECKS, steps.tenancyChecked(membershipId(execution), done,
                flag(execution, VAR_TENANCY_HELD), text(execution, VAR_CHECK_NOTE),
                completedBy(execution)));
        execution.setVariable(VAR_CHECKS_DONE, done + 1);
    }
}
