package app.waypoint.contacttimetable.process;

import app.waypoint.contacttimetable.domain.ContactTimetableService;
import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The worker completed the due visit or contact without a matching contact: their reason is kept on the timetable. */
@Named
@Dependent
class RecordClosedByHandDelegate implements JavaDelegate {

    private final ContactTimetableService timetables;

    RecordClosedByHandDelegate(ContactTimetableService timetables) {
        this.timetables = timetables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        timetables.closedByHand(variables.uuid(ContactTimetableProcess.VAR_YOUNG_PERSON_ID),
                variables.string(ContactTimetableProcess.VAR_CLOSED_WITHOUT_CONTACT_BECAUSE), variables.completedBy());
    }
}
