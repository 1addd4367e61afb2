package app.waypoint.contacttimetable.process;

import app.waypoint.contacttimetable.domain.ContactTimetableService;
import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * On the completion of the pathway review's "Visit before review" (the reg 8 visit before each review, a step of
 * {@code pathway-review.bpmn}): the visit, on its {@code visitedOn} day, counts on the young person's contact timetable.
 */
@Named
@Dependent
class PreReviewVisitMadeListener implements TaskListener {

    private final ContactTimetableService timetables;

    PreReviewVisitMadeListener(ContactTimetableService timetables) {
        this.timetables = timetables;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables variables = ProcessVariables.of(task);
        timetables.preReviewVisitMade(variables.uuid(ContactTimetableProcess.VAR_YOUNG_PERSON_ID),
                variables.localDate(ContactTimetableProcess.PRE_REVIEW_VISIT_DATE));
    }
}
