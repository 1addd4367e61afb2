package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MEMBERSHIP_ID;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_SETTING_UP_NOTE;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_SETTING_UP_SPENT;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.houseproject.domain.membership.HouseProjectSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records the spend on setting up the home against the setting-up-home allowance. */
@Named
@Dependent
class RecordHomeSetUpDelegate implements JavaDelegate {

    private final HouseProjectSteps steps;

    RecordHomeSetUpDelegate(HouseProjectSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.homeSetUp(variables.uuid(VAR_MEMBERSHIP_ID), variables.number(VAR_SETTING_UP_SPENT),
                variables.string(VAR_SETTING_UP_NOTE));
    }
}
