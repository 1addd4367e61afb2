package app.waypoint.web;

import app.waypoint.people.staff.Caller;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.shared.WaypointException;
import app.waypoint.supervision.domain.SupervisionService;
import app.waypoint.supervision.process.SupervisionCycleProcess;
import app.waypoint.tasks.domain.CommentResponse;
import app.waypoint.tasks.domain.TaskCompletions;
import app.waypoint.tasks.domain.TaskFacts;
import app.waypoint.tasks.domain.TaskQueries;
import app.waypoint.tasks.domain.TaskResponse;
import app.waypoint.tasks.domain.TaskAction;
import app.waypoint.transitions.TransitionService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One task: the young person's key facts, the step's form (errors next to their fields), comments, and completing it. */
@Path("/tasks/{taskId}")
@Produces(MediaType.TEXT_HTML)
class TaskPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final TaskQueries queries;
    private final TaskCompletions completions;
    private final TaskRows rows;
    private final YoungPersonCards cards;
    private final SupervisionService supervision;
    private final SignedIn signedIn;

    TaskPage(TaskQueries queries, TaskCompletions completions, TaskRows rows, YoungPersonCards cards, SupervisionService supervision,
             SignedIn signedIn) {
        this.supervision = supervision;
        this.queries = queries;
        this.completions = completions;
        this.rows = rows;
        this.cards = cards;
        this.signedIn = signedIn;
    }

    /** What the page shows; {@code errorCount} above zero puts an error summary at the top. */
    record View(TaskRow task, YoungPersonCard person, List<FormField> fields, List<String> generalErrors,
                long errorCount, boolean canComplete, boolean canChangeDue, List<Comment> comments, String commentError,
                String supervisionHref, String planEditorHref) {
    }

    /** A comment as shown. */
    record Comment(String author, String when, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance task(View view);
    }

    @GET
    public TemplateInstance show(@PathParam("taskId") String taskId) {
        return Templates.task(view(queries.get(taskId, signedIn.caller()), Map.of(), List.of(), null));
    }

    @POST
    @Path("/completion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("taskId") String taskId, MultivaluedMap<String, String> form) {
        Caller caller = signedIn.caller();
        TaskResponse task = queries.get(taskId, caller);
        Map<String, String> posted = new HashMap<>();
        form.forEach((name, values) -> posted.put(name, values.isEmpty() ? null : values.get(0)));
        String processInstanceId = queries.facts(taskId).map(TaskFacts::processInstanceId).orElse(null);
        try {
            completions.complete(taskId, TaskForm.values(task.form(), posted), caller);
        } catch (InvalidInputException | RuleViolationException invalid) {
            WaypointException problem = (WaypointException) invalid;
            List<FieldError> errors = problem.errors().isEmpty() ? List.of(new FieldError("", problem.getMessage())) : problem.errors();
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.task(view(task, posted, errors, null)).render()).build();
        }
        List<TaskResponse> next = processInstanceId == null ? List.of() : queries.assignedInProcess(processInstanceId, caller);
        UriBuilder list = UriBuilder.fromPath("/tasks").queryParam("completed", task.step());
        if (!next.isEmpty()) {
            list.queryParam("next", next.get(0).id());
        }
        return Response.seeOther(list.build()).build();
    }

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("taskId") String taskId, @FormParam("message") String message) {
        Caller caller = signedIn.caller();
        if (message == null || message.isBlank() || message.length() > 4000) {
            String error = message == null || message.isBlank() ? "Enter a comment" : "A comment can be at most 4000 characters";
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.task(view(queries.get(taskId, caller), Map.of(), List.of(), error)).render()).build();
        }
        completions.comment(taskId, message.trim(), caller);
        return Response.seeOther(UriBuilder.fromPath("/tasks/{id}").fragment("comments").build(taskId)).build();
    }

    private View view(TaskResponse task, Map<String, String> posted, List<FieldError> errors, String commentError) {
        Caller caller = signedIn.caller();
        TaskRow row = rows.of(task, caller);
        List<FormField> fields = TaskForm.shown(task.form(), posted, errors);
        List<String> general = TaskForm.general(task.form(), errors);
        boolean canComplete = task.allowedActions().contains(TaskAction.COMPLETE);
        List<Comment> comments = completions.comments(task.id(), caller).stream().map(TaskPage::comment).toList();
        long errorCount = fields.stream().filter(field -> field.error() != null).count() + general.size();
        return new View(row, task.youngPersonId() == null ? null : cards.forTaskAbout(task.youngPersonId()), fields, general,
                errorCount, canComplete, task.allowedActions().contains(TaskAction.CHANGE_DUE_DATE), comments, commentError,
                supervisionHref(task), planEditorHref(task));
    }

    /** The transition's "Write pathway plan" step is written in the pathway plan editor, which can complete it too. */
    private static String planEditorHref(TaskResponse task) {
        if (task.youngPersonId() == null || !TransitionService.writesPathwayPlan(task.processKey(), task.stepId())) {
            return null;
        }
        return UriBuilder.fromPath("/young-people/{id}/pathway-plan/edit").queryParam("task", task.id()).build(task.youngPersonId())
                .toString();
    }

    /** A supervision session's steps are done on the session's page, which records and signs through the supervision service. */
    private String supervisionHref(TaskResponse task) {
        if (!SupervisionCycleProcess.KEY.equals(task.processKey())) {
            return null;
        }
        return queries.facts(task.id()).map(TaskFacts::processInstanceId).flatMap(supervision::sessionOfProcess)
                .map(session -> SupervisionPage.sessionPath(session.workerId(), session.id()).toString()).orElse(null);
    }

    private static Comment comment(CommentResponse comment) {
        return new Comment(comment.author(), WHEN.format(comment.time()), comment.message());
    }
}
