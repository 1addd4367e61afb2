package app.waypoint.houseproject;

import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_SETTING_UP_NOTE;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_SETTING_UP_SPENT;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Records the spend on setting up the home against the setting-up-home allowance. */
@Named
@Dependent
class RecordHomeSetUpDelegate extends StepDelegate {

    RecordHomeSetUpDelegate(HouseProjectSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.homeSetUp(membershipId(execution), number(execution, VAR_SETTING_UP_SPENT),
                text(execution, VAR_SETTING_UP_NOTE));
    }
}
