package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_ATTENDED;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MEMBERSHIP_ID;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_NEXT_SESSION_ON;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_SESSION_NOTE;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_SESSION_ON;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.houseproject.domain.membership.HouseProjectSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records attendance at a weekly session and when the next one is. */
@Named
@Dependent
class RecordAttendanceDelegate implements JavaDelegate {

    private final HouseProjectSteps steps;

    RecordAttendanceDelegate(HouseProjectSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        execution.setVariable(VAR_NEXT_SESSION_ON, steps.sessionRecorded(variables.uuid(VAR_MEMBERSHIP_ID),
                variables.localDate(VAR_SESSION_ON), variables.flag(VAR_ATTENDED),
                variables.string(VAR_SESSION_NOTE), variables.completedBy()).toString());
    }
}
