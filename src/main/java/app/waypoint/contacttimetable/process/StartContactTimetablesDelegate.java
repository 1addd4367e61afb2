package app.waypoint.contacttimetable.process;

import app.waypoint.contacttimetable.domain.ContactTimetableScan;
import app.waypoint.engine.ScanPassStep;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The nightly contact timetable scan's one step (starts and ends timetables as duties begin and end), a pass at a time ({@link ScanPassStep}). */
@Named
@Dependent
class StartContactTimetablesDelegate implements JavaDelegate {

    private final ContactTimetableScan scan;

    StartContactTimetablesDelegate(ContactTimetableScan scan) {
        this.scan = scan;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ScanPassStep.run(execution, scan::pass);
    }
}
