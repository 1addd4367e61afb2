package app.waypoint.houseproject;

import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_ATTENDED;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_NEXT_SESSION_ON;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_SESSION_NOTE;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_SESSION_ON;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Records attendance at a weekly session and when the next one is. */
@Named
@Dependent
class RecordAttendanceDelegate extends StepDelegate {

    RecordAttendanceDelegate(HouseProjectSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_NEXT_SESSION_ON, steps.sessionRecorded(membershipId(execution),
                day(execution, VAR_SESSION_ON), flag(execution, VAR_ATTENDED),
                text(execution, VAR_SESSION_NOTE), completedBy(execution)).toString());
    }
}
