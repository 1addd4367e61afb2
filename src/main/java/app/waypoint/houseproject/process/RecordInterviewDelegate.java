package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_INTERVIEW_NOTE;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MEMBERSHIP_ID;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_PLACE_OFFERED;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.houseproject.domain.membership.HouseProjectSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records the interview's outcome; without an offer of a place the membership ends. */
@Named
@Dependent
class RecordInterviewDelegate implements JavaDelegate {

    private final HouseProjectSteps steps;

    RecordInterviewDelegate(HouseProjectSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.interviewed(variables.uuid(VAR_MEMBERSHIP_ID), variables.flag(VAR_PLACE_OFFERED),
                variables.string(VAR_INTERVIEW_NOTE), variables.completedBy());
    }
}
