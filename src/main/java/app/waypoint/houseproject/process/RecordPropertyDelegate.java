package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_HOUSING_PROVIDER;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MEMBERSHIP_ID;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_PROPERTY_ADDRESS;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.houseproject.domain.membership.HouseProjectSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records the property identified with the housing provider. */
@Named
@Dependent
class RecordPropertyDelegate implements JavaDelegate {

    private final HouseProjectSteps steps;

    RecordPropertyDelegate(HouseProjectSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.propertyIdentified(variables.uuid(VAR_MEMBERSHIP_ID), variables.string(VAR_PROPERTY_ADDRESS),
                variables.string(VAR_HOUSING_PROVIDER));
    }
}
