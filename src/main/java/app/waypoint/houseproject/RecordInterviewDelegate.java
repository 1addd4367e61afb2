package app.waypoint.houseproject;

import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_INTERVIEW_NOTE;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_PLACE_OFFERED;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Records the interview's outcome; without an offer of a place the membership ends. */
@Named
@Dependent
class RecordInterviewDelegate extends StepDelegate {

    RecordInterviewDelegate(HouseProjectSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.interviewed(membershipId(execution), flag(execution, VAR_PLACE_OFFERED),
                text(execution, VAR_INTERVIEW_NOTE), completedBy(execution));
    }
}
