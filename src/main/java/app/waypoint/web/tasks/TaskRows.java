package app.waypoint.web.tasks;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.escalations.domain.OverdueRungs;
import app.waypoint.pathwayreviews.domain.review.ReviewReasons.ReviewReason;
import app.waypoint.pathwayreviews.domain.review.ReviewReasons;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffService;
import app.waypoint.tasks.domain.task.TaskAction;
import app.waypoint.tasks.domain.task.TaskResponse;
import app.waypoint.web.shell.DueWording;
import app.waypoint.web.youngpeople.SignificantChangePage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Tasklist answers as rows of the pages. */
@ApplicationScoped
class TaskRows {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter FOLLOW_UP = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final DueWording wording;
    private final ReviewReasons reviews;
    private final OverdueRungs rungs;
    private final StaffService staff;

    TaskRows(DueWording wording, ReviewReasons reviews, OverdueRungs rungs, StaffService staff) {
        this.wording = wording;
        this.reviews = reviews;
        this.rungs = rungs;
        this.staff = staff;
    }

    /** The row, offering claim and give back as the task allows the caller ({@link TaskResponse#allowedActions()}). */
    TaskRow of(TaskResponse task, Caller caller) {
        boolean mine = caller.username().equals(task.assignee());
        return new TaskRow(task.id(), task.step(), task.processName(), task.youngPersonName(), task.assignee(),
                wording.of(task.due(), task.overdue()), task.allowedActions().contains(TaskAction.CLAIM),
                mine && task.allowedActions().contains(TaskAction.UNCLAIM), task.youngPersonId(), null, null,
                task.followUp() == null ? null : FOLLOW_UP.format(task.followUp()));
    }

    /**
     * The rows of a page, each naming the worker a supervision is about and why the task exists: the review's trigger, or the
     * overdue chain's latest rung. One query each for the page's reviews, escalations and workers, however many rows it has.
     */
    List<TaskRow> page(List<TaskResponse> tasks, Caller caller) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, ReviewReason> reasons = reviews.byProcessInstance(tasks.stream().map(TaskResponse::processInstanceId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, OverdueRungs.Rung> escalated = rungs.latest(tasks.stream().filter(TaskResponse::overdue).map(TaskResponse::id).toList());
        Set<UUID> workers = tasks.stream().map(TaskResponse::aboutStaffId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> names = staff.names(workers);
        List<TaskRow> rows = new ArrayList<>();
        for (TaskResponse task : tasks) {
            String why = escalated.containsKey(task.id()) ? overdue(escalated.get(task.id()))
                    : reasons.containsKey(task.processInstanceId()) ? review(reasons.get(task.processInstanceId())) : null;
            rows.add(of(task, caller).explained(task.aboutStaffId() == null ? null : names.get(task.aboutStaffId()), why));
        }
        return rows;
    }

    /** A worker's note as a row shows it: its first 80 characters. */
    private static String shortened(String note) {
        return note.length() <= 80 ? note : note.substring(0, 79) + "…";
    }

    private static String overdue(OverdueRungs.Rung rung) {
        String to = switch (rung.stage()) {
            case TEAM_MANAGER -> "team manager";
            case SERVICE_MANAGER -> "service manager";
            case HEAD_OF_SERVICE -> "head of service";
        };
        return "Overdue: escalated to " + to + " on " + DAY.format(WaypointClock.dayOf(rung.raisedAt()));
    }

    private static String review(ReviewReason reason) {
        return switch (reason.trigger()) {
            case SIX_MONTHLY -> "Review on the statutory timetable (at least every 6 months)";
            case LOOKED_AFTER_TIMETABLE -> "Review on the statutory looked-after review timetable";
            case REQUEST_BY_YOUNG_PERSON -> "Review asked for by the young person";
            case REQUEST_BY_ADVISER -> "Review asked for by their adviser";
            case SIGNIFICANT_CHANGE -> "Significant change: " + (reason.change() == null ? "recorded"
                    : SignificantChangePage.words(reason.change()).toLowerCase(Locale.UK))
                    + (reason.detail() == null || reason.detail().isBlank() ? "" : " (" + shortened(reason.detail().trim()) + ")");
        };
    }
}
