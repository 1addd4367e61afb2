package app.waypoint.contacttimetable.process;

import app.waypoint.contacttimetable.domain.ContactTimetableService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The nightly contact timetable scan's one step (starts and ends timetables as duties begin and end). */
@Named
@Dependent
class StartContactTimetablesDelegate implements JavaDelegate {

    private final ContactTimetableService timetables;

    StartContactTimetablesDelegate(ContactTimetableService timetables) {
        this.timetables = timetables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        timetables.scan();
    }
}
