package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_CHECKS_DONE;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_CHECK_NOTE;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MEMBERSHIP_ID;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MORE_CHECKS;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_TENANCY_HELD;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.houseproject.domain.membership.HouseProjectSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records a tenancy sustainment check and whether another follows. */
@Named
@Dependent
class RecordTenancyCheckDelegate implements JavaDelegate {

    private final HouseProjectSteps steps;

    RecordTenancyCheckDelegate(HouseProjectSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        long done = variables.number(VAR_CHECKS_DONE);
        execution.setVariable(VAR_MORE_CHECKS, steps.tenancyChecked(variables.uuid(VAR_MEMBERSHIP_ID), done,
                variables.flag(VAR_TENANCY_HELD), variables.string(VAR_CHECK_NOTE),
                variables.completedBy()));
        execution.setVariable(VAR_CHECKS_DONE, done + 1);
    }
}
