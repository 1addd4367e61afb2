package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MEMBERSHIP_ID;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_RATIONALE;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_SUITABLE;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.houseproject.domain.membership.HouseProjectSteps;
import app.waypoint.houseproject.domain.records.SuitabilityAnswers;
import app.waypoint.houseproject.domain.records.SuitabilityFactor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Records the suitability assessment (422 naming each factor unanswered, or the missing rationale: nothing is saved and the
 * task stays open), then clears the answers so that the next property's assessment starts blank.
 */
@Named
@Dependent
class RecordSuitabilityDelegate implements JavaDelegate {

    private final HouseProjectSteps steps;

    RecordSuitabilityDelegate(HouseProjectSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        Map<SuitabilityFactor, String> factors = new EnumMap<>(SuitabilityFactor.class);
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            factors.put(factor, variables.string(factor.field()));
        }
        steps.suitabilityAssessed(variables.uuid(VAR_MEMBERSHIP_ID), new SuitabilityAnswers(factors, variables.flag(VAR_SUITABLE),
                variables.string(VAR_RATIONALE)), variables.completedBy());
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            execution.removeVariable(factor.field());
        }
        execution.removeVariable(VAR_RATIONALE);
    }
}
