package app.waypoint.contacttimetable.process;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.contacttimetable.domain.ContactTimetableService;
import app.waypoint.contacttimetable.domain.DueContact;
import app.waypoint.contacttimetable.domain.NextContact;
import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Works out the next visit or contact due (or that the duty is over) and hands it to the model's variables. */
@Named
@Dependent
class PlanNextContactDelegate implements JavaDelegate {

    private final ContactTimetableService timetables;

    PlanNextContactDelegate(ContactTimetableService timetables) {
        this.timetables = timetables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NextContact next = timetables.plan(ProcessVariables.of(execution).uuid(ContactTimetableProcess.VAR_YOUNG_PERSON_ID));
        execution.setVariable(ContactTimetableProcess.VAR_DUTY_CONTINUES, next.dutyContinues());
        if (next.dutyContinues()) {
            execution.setVariable(ContactTimetableProcess.VAR_VISIT_DUE, next.due().kind() == DueContact.VISIT);
            execution.setVariable(ContactTimetableProcess.VAR_CONTACT_DUE, Date.from(WaypointClock.endOf(next.due().dueOn())));
            execution.setVariable(ContactTimetableProcess.VAR_CONTACT_HOLDER, next.holder().orElse(null));
            execution.setVariable(ContactTimetableProcess.VAR_CONTACT_DESCRIPTION, next.description());
        }
    }
}
