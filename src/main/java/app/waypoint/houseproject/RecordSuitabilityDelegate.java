package app.waypoint.houseproject;

import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_RATIONALE;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_SUITABLE;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Records the suitability assessment (422 naming each factor unanswered, or the missing rationale: nothing is saved and the
 * task stays open), then clears the answers so that the next property's assessment starts blank.
 */
@Named
@Dependent
class RecordSuitabilityDelegate extends StepDelegate {

    RecordSuitabilityDelegate(HouseProjectSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<SuitabilityFactor, String> factors = new EnumMap<>(SuitabilityFactor.class);
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            factors.put(factor, text(execution, factor.field()));
        }
        steps.suitabilityAssessed(membershipId(execution), new SuitabilityAnswers(factors, flag(execution, VAR_SUITABLE),
                text(execution, VAR_RATIONALE)), completedBy(execution));
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            execution.removeVariable(factor.field());
        }
        execution.removeVariable(VAR_RATIONALE);
    }
}
