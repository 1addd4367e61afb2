package app.waypoint.contacttimetable.process;

import app.waypoint.contacttimetable.domain.ContactTimetableConfig;
import app.waypoint.contacttimetable.domain.ContactTimetableService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The nightly contact timetable scan's one step (skipped where {@code waypoint.contact-timetable.nightly-scan} is off). */
@Named
@Dependent
class StartContactTimetablesDelegate implements JavaDelegate {

    private final ContactTimetableService timetables;
    private final ContactTimetableConfig config;

    StartContactTimetablesDelegate(ContactTimetableService timetables, ContactTimetableConfig config) {
        this.timetables = timetables;
        this.config = config;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (config.nightlyScan()) {
            timetables.scan();
        }
    }
}
