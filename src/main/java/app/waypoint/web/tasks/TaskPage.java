package app.waypoint.web.tasks;

import app.waypoint.pathwayreviews.domain.review.AgendaItem;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewResponse;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewService;
import app.waypoint.pathwayreviews.process.PathwayReviewProcess;
import app.waypoint.people.staff.Caller;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.shared.WaypointException;
import app.waypoint.supervision.domain.sessions.SupervisionService;
import app.waypoint.supervision.process.SupervisionCycleProcess;
import app.waypoint.tasks.domain.events.TaskFacts;
import app.waypoint.tasks.domain.task.CommentResponse;
import app.waypoint.tasks.domain.task.StepResponse;
import app.waypoint.tasks.domain.task.TaskAction;
import app.waypoint.tasks.domain.task.TaskAssignments;
import app.waypoint.tasks.domain.task.TaskCompletions;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.tasks.domain.task.TaskResponse;
import app.waypoint.transitions.TransitionService;
import app.waypoint.web.oversight.SupervisionPage;
import app.waypoint.web.shell.FormField;
import app.waypoint.web.shell.PageForm;
import app.waypoint.web.shell.SignedIn;
import app.waypoint.web.youngpeople.YoungPersonCard;
import app.waypoint.web.youngpeople.YoungPersonCards;
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

/**
 * One task: the young person's key facts, the process's steps as a plain list (done, current, not reached), the step's form
 * (errors next to their fields), when to follow it up, comments, and completing it.
 */
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
    private final TaskAssignments assignments;
    private final PathwayReviewService reviews;

    TaskPage(TaskQueries queries, TaskCompletions completions, TaskRows rows, YoungPersonCards cards, SupervisionService supervision,
             SignedIn signedIn, TaskAssignments assignments, PathwayReviewService reviews) {
        this.assignments = assignments;
        this.reviews = reviews;
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
                String supervisionHref, String planEditorHref, List<Step> steps, PageForm followUp, boolean canFollowUp, String stepId,
                String diagramUrl, List<AgendaLine> agenda) {

        View withFollowUp(PageForm form) {
            return new View(task, person, fields, generalErrors, errorCount, canComplete, canChangeDue, comments, commentError,
                    supervisionHref, planEditorHref, steps, form, canFollowUp, stepId, diagramUrl, agenda);
        }
    }

    /** A line of a review's agenda; {@code theirWords} marks what the young person said, in their own words. */
    record AgendaLine(String text, boolean theirWords) {
    }

    /** A step of the process as listed: its name, and done, current or not reached, in words. */
    record Step(String name, String state, boolean done, boolean current) {
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

    /** The assignee sets the day to follow the task up (day, month and year), or clears it with the fields left empty. */
    @POST
    @Path("/follow-up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response followUp(@PathParam("taskId") String taskId, MultivaluedMap<String, String> posted) {
        Caller caller = signedIn.caller();
        PageForm form = new PageForm(null, "follow-up");
        for (String part : List.of("followUp-day", "followUp-month", "followUp-year")) {
            form.typed(part, posted.getFirst(part));
        }
        var day = form.date("followUp", null);
        if (!form.hasErrors()) {
            try {
                assignments.setFollowUp(taskId, day, caller);
                return Response.seeOther(UriBuilder.fromPath("/tasks/{id}").fragment("follow-up").build(taskId)).build();
            } catch (RuleViolationException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.task(view(queries.get(taskId, caller), Map.of(), List.of(), null).withFollowUp(form)));
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
        List<FormField> fields = TaskForm.shown(task.form(), posted, errors);
        List<String> general = TaskForm.general(task.form(), errors);
        boolean canComplete = task.allowedActions().contains(TaskAction.COMPLETE);
        List<Comment> comments = completions.comments(task.id(), caller).stream().map(TaskPage::comment).toList();
        long errorCount = fields.stream().filter(field -> field.error() != null).count() + general.size();
        List<Step> steps = queries.steps(task.id(), caller).stream().map(TaskPage::step).toList();
        PageForm followUp = new PageForm(null, "follow-up");
        if (task.followUp() != null) {
            followUp.typed("followUp-day", String.valueOf(task.followUp().getDayOfMonth()))
                    .typed("followUp-month", String.valueOf(task.followUp().getMonthValue()))
                    .typed("followUp-year", String.valueOf(task.followUp().getYear()));
        }
        return new View(rows.page(List.of(task), caller).get(0), task.youngPersonId() == null ? null : cards.forTaskAbout(task.youngPersonId()),
                fields, general, errorCount, canComplete, task.allowedActions().contains(TaskAction.CHANGE_DUE_DATE), comments, commentError,
                supervisionHref(task), planEditorHref(task), steps, followUp, task.allowedActions().contains(TaskAction.SET_FOLLOW_UP),
                task.stepId(), diagramUrl(task), agenda(task, caller));
    }

    /**
     * A pathway review's steps show the open review's agenda as the review service builds it: the carried actions, why it is
     * held, the young person's answers in their own words (dated), then the headings. Empty for every other task.
     */
    private List<AgendaLine> agenda(TaskResponse task, Caller caller) {
        if (task.youngPersonId() == null || !PathwayReviewProcess.KEY.equals(task.processKey())) {
            return List.of();
        }
        return reviews.list(task.youngPersonId(), caller).stream().filter(PathwayReviewResponse::open).findFirst()
                .map(PathwayReviewResponse::agenda).orElse(List.of()).stream()
                .map(item -> new AgendaLine(item.title(), item.kind() == AgendaItem.Kind.THEIR_WORDS)).toList();
    }

    /** The transition's "Write pathway plan" step is written in the pathway plan editor, which can complete it too. */
    private static String planEditorHref(TaskResponse task) {
        if (task.youngPersonId() == null || !TransitionService.writesPathwayPlan(task.processKey(), task.stepId())) {
            return null;
        }
        return UriBuilder.fromPath("/young-people/{id}/pathway-plan/edit").queryParam("task", task.id()).build(task.youngPersonId())
                .toString();
    }

    /** The drawing of a young person's process, through their page's diagram route (which checks the caller may see it). */
    private static String diagramUrl(TaskResponse task) {
        if (task.youngPersonId() == null || task.processInstanceId() == null) {
            return null;
        }
        return UriBuilder.fromPath("/young-people/{id}/processes/{processInstanceId}/diagram")
                .build(task.youngPersonId(), task.processInstanceId()).toString();
    }

    private static Step step(StepResponse step) {
        return switch (step.state()) {
            case DONE -> new Step(step.name(), "Done", true, false);
            case CURRENT -> new Step(step.name(), "Current step", false, true);
            case NOT_REACHED -> new Step(step.name(), "Not reached yet", false, false);
        };
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
