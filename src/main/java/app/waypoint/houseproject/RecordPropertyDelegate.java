package app.waypoint.houseproject;

import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_HOUSING_PROVIDER;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_PROPERTY_ADDRESS;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Records the property identified with the housing provider. */
@Named
@Dependent
class RecordPropertyDelegate extends StepDelegate {

    RecordPropertyDelegate(HouseProjectSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.propertyIdentified(membershipId(execution), text(execution, VAR_PROPERTY_ADDRESS),
                text(execution, VAR_HOUSING_PROVIDER));
    }
}
