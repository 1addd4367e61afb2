package app.waypoint.web.tasks;

import app.waypoint.people.staff.Caller;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.tasks.domain.task.TaskAction;
import app.waypoint.tasks.domain.task.TaskAssignments;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.tasks.domain.task.TaskResponse;
import app.waypoint.web.shell.PageForm;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A manager moves a task's due date, with the reason, through the tasklist (which keeps the reason on the task as a comment).
 * Offered, and accepted, only when the task's {@code allowedActions} include changing its due date. Opened from the task or
 * the team board ({@code ?back=team}), and goes back there when done.
 */
@Path("/tasks/{taskId}/due-date")
@Produces(MediaType.TEXT_HTML)
class DueDatePage {

    private static final List<String> FIELDS = List.of("due-day", "due-month", "due-year", "reason");

    private final TaskQueries queries;
    private final TaskAssignments assignments;
    private final TaskRows rows;
    private final SignedIn signedIn;

    DueDatePage(TaskQueries queries, TaskAssignments assignments, TaskRows rows, SignedIn signedIn) {
        this.queries = queries;
        this.assignments = assignments;
        this.rows = rows;
        this.signedIn = signedIn;
    }

    /** The form: the task as listed, what was typed, and where to go back to (the task, or the team board). */
    record View(TaskRow task, PageForm form, boolean backToTeam) {

        public String backHref() {
            return backToTeam ? "/team" : "/tasks/" + task.id();
        }

        public String backLabel() {
            return backToTeam ? "Back to the team board" : "Back to the task";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance change(View view);
    }

    @GET
    public TemplateInstance form(@PathParam("taskId") String taskId, @QueryParam("back") String back) {
        Caller caller = signedIn.caller();
        return Templates.change(view(allowed(taskId, caller), caller, back));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("taskId") String taskId, MultivaluedMap<String, String> posted) {
        Caller caller = signedIn.caller();
        View view = view(allowed(taskId, caller), caller, posted.getFirst("back"));
        PageForm form = view.form();
        FIELDS.forEach(field -> form.typed(field, posted.getFirst(field)));
        LocalDate due = form.date("due", "Enter the new due date");
        String reason = form.required("reason", "Enter why the due date changes", 2000);
        if (!form.hasErrors()) {
            try {
                assignments.changeDueDate(taskId, due, reason, caller);
                return Response.seeOther(view.backToTeam() ? UriBuilder.fromPath("/team").build()
                        : UriBuilder.fromPath("/tasks/{id}").fragment("comments").build(taskId)).build();
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.change(view));
    }

    /** The task, if the caller may see it (404 otherwise) and may move its due date (403 otherwise). */
    private TaskResponse allowed(String taskId, Caller caller) {
        TaskResponse task = queries.get(taskId, caller);
        if (!task.allowedActions().contains(TaskAction.CHANGE_DUE_DATE)) {
            throw new ForbiddenException("Only a manager may change a task's due date.");
        }
        return task;
    }

    private View view(TaskResponse task, Caller caller, String back) {
        return new View(rows.of(task, caller), new PageForm(task.youngPersonId(), task.youngPersonName()), "team".equals(back));
    }
}
