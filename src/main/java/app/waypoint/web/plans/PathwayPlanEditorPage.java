package app.waypoint.web.plans;

import app.waypoint.pathwayreviews.domain.headings.AccommodationHeading;
import app.waypoint.pathwayreviews.domain.headings.PathwayHeading;
import app.waypoint.pathwayreviews.domain.headings.PlanHeadings;
import app.waypoint.pathwayreviews.domain.plan.ActionStatus;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanService;
import app.waypoint.pathwayreviews.domain.plan.PlanActionResponse;
import app.waypoint.pathwayreviews.domain.plan.PlanStatus;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest.ActionInput;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest.HeadingInput;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.tasks.domain.task.TaskCompletions;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.tasks.domain.task.TaskResponse;
import app.waypoint.transitions.TransitionService;
import app.waypoint.web.shell.HousingActionRows;
import app.waypoint.web.shell.PageForm.Choice;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pathway plan editor: the ten headings, the actions (the part of the plan each is for, what, the owner chosen from staff,
 * the due date as day, month and year, open or done), the young person's views. "Save draft" saves the young person's one plan
 * through the plan's service; opened from the transition's "Write pathway plan" task it also offers "Save and complete the step".
 * Without JavaScript, "Add another action" posts the form back with one more blank row, saving nothing.
 */
@Path("/young-people/{id}/pathway-plan/edit")
@Produces(MediaType.TEXT_HTML)
class PathwayPlanEditorPage {

    private static final int BLANK_ROWS = 2;
    private static final int MAX_ROWS = 100;

    private final PathwayPlanService plans;
    private final StaffService staff;
    private final VisibilityService visibility;
    private final YoungPersonService youngPeople;
    private final TaskQueries tasks;
    private final TaskCompletions completions;
    private final SignedIn signedIn;
    private final AccommodationHeading accommodation;

    PathwayPlanEditorPage(PathwayPlanService plans, StaffService staff, VisibilityService visibility, YoungPersonService youngPeople,
                          TaskQueries tasks, TaskCompletions completions, SignedIn signedIn, AccommodationHeading accommodation) {
        this.plans = plans;
        this.staff = staff;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.tasks = tasks;
        this.completions = completions;
        this.signedIn = signedIn;
        this.accommodation = accommodation;
    }

    /** The editor as shown: {@code taskId} is the "Write pathway plan" task it was opened from, if any. */
    record View(PageForm form, List<HeadingField> headings, List<ActionRow> rows, List<Choice> parts, List<Choice> owners,
                List<Choice> statuses, String taskId, String version, List<HousingActionRows.Row> housing) {

        /** The housing actions are shown, read-only, after the accommodation heading's text. */
        public boolean housingAfter(String headingName) {
            return headingName.equals(headingName(PathwayHeading.ACCOMMODATION)) && !housing.isEmpty();
        }
    }

    /** A heading's textarea. */
    record HeadingField(String name, String label, String value, String error) {
    }

    /** An action row: its field names start with {@code prefix} ({@code action-3}); the values typed and what is wrong. */
    record ActionRow(int number, String prefix, String id, String part, String description, String owner, String day, String month,
                     String year, String status, String partError, String descriptionError, String ownerError, String dueDateError) {

        public boolean hasError() {
            return partError != null || descriptionError != null || ownerError != null || dueDateError != null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(View view);
    }

    @GET
    public TemplateInstance show(@PathParam("id") UUID id, @QueryParam("task") String taskId) {
        Caller caller = allowed(id);
        PageForm form = new PageForm(id, youngPeople.facts(id).name());
        int rows = 0;
        String version = "This will be the first version of the plan.";
        if (!plans.versions(id, caller).isEmpty()) {
            PathwayPlanResponse plan = plans.current(id, caller);
            version = plan.status() == PlanStatus.DRAFT ? "Editing the draft, version " + plan.version() + "."
                    : "Saving starts version " + (plan.version() + 1) + " from the signed-off version " + plan.version() + ".";
            form.typed("youngPersonViews", plan.youngPersonViews());
            for (PathwayHeading heading : PathwayHeading.values()) {
                form.typed(headingName(heading), plan.headings().get(heading).text());
                for (PlanActionResponse action : plan.headings().get(heading).actions()) {
                    String prefix = "action-" + rows++;
                    form.typed(prefix + "-id", action.id().toString()).typed(prefix + "-part", heading.name())
                            .typed(prefix + "-description", action.description()).typed(prefix + "-owner", action.owner())
                            .typed(prefix + "-status", action.status().name());
                    if (action.dueDate() != null) {
                        form.typed(prefix + "-dueDate-day", Integer.toString(action.dueDate().getDayOfMonth()))
                                .typed(prefix + "-dueDate-month", Integer.toString(action.dueDate().getMonthValue()))
                                .typed(prefix + "-dueDate-year", Integer.toString(action.dueDate().getYear()));
                    }
                }
            }
        }
        return Templates.editor(view(form, rows + BLANK_ROWS, planTask(id, taskId, caller), version, caller));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Caller caller = allowed(id);
        PageForm form = new PageForm(id, youngPeople.facts(id).name());
        posted.forEach((name, values) -> form.typed(name, values.isEmpty() ? null : values.get(0)));
        String taskId = planTask(id, form.text("task"), caller);
        int rows = Math.min(MAX_ROWS, wholeNumber(form.text("rows")));
        String version = form.value("version");
        if ("add".equals(form.text("then"))) {
            return Response.ok(Templates.editor(view(form, Math.min(MAX_ROWS, rows + 1), taskId, version, caller)).render()).build();
        }
        List<Choice> owners = owners(caller);
        Map<String, String> actionFields = new HashMap<>();
        SavePlanDraftRequest request = request(form, rows, owners, actionFields);
        if (!form.hasErrors()) {
            try {
                plans.saveDraft(id, request, caller);
                if ("complete".equals(form.text("then")) && taskId != null) {
                    TaskResponse task = tasks.get(taskId, caller);
                    completions.complete(taskId, Map.of(), caller);
                    return Response.seeOther(UriBuilder.fromPath("/tasks").queryParam("completed", task.step()).build()).build();
                }
                return Response.seeOther(UriBuilder.fromPath("/young-people/{id}/pathway-plan").build(id)).build();
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused, field -> actionField(field, actionFields));
            }
        }
        return PageForm.unprocessable(Templates.editor(view(form, rows, taskId, version, caller)));
    }

    /**
     * The draft as typed: each heading's text, and each row filled in as an action under the part of the plan chosen for it (a
     * row left blank is no action). Records, in {@code actionFields}, which row each action of the request came from.
     */
    private static SavePlanDraftRequest request(PageForm form, int rows, List<Choice> owners, Map<String, String> actionFields) {
        String views = form.optional("youngPersonViews", 8000);
        Map<PathwayHeading, String> texts = new EnumMap<>(PathwayHeading.class);
        Map<PathwayHeading, List<ActionInput>> actions = new EnumMap<>(PathwayHeading.class);
        for (PathwayHeading heading : PathwayHeading.values()) {
            texts.put(heading, form.optional(headingName(heading), 8000));
            actions.put(heading, new ArrayList<>());
        }
        for (int i = 0; i < rows; i++) {
            String prefix = "action-" + i;
            String description = form.optional(prefix + "-description", 1000);
            String owner = form.text(prefix + "-owner");
            boolean anyDate = form.text(prefix + "-dueDate-day") != null || form.text(prefix + "-dueDate-month") != null
                    || form.text(prefix + "-dueDate-year") != null;
            if (description == null && owner == null && !anyDate) {
                continue;
            }
            PathwayHeading heading = form.choice(prefix + "-part", PathwayHeading.class, "Select the part of the plan the action is for");
            if (description == null) {
                form.error(prefix + "-description", "Enter what is to be done");
            }
            if (owner == null || owners.stream().noneMatch(choice -> choice.value().equals(owner))) {
                form.error(prefix + "-owner", "Select who will do it");
            }
            LocalDate due = form.date(prefix + "-dueDate", "Enter the day it is due");
            ActionStatus status = "DONE".equals(form.text(prefix + "-status")) ? ActionStatus.DONE : ActionStatus.OPEN;
            if (heading != null) {
                actionFields.put("headings." + heading.field() + ".actions[" + actions.get(heading).size() + "]", prefix);
                actions.get(heading).add(new ActionInput(uuid(form.text(prefix + "-id")), description, owner, due, status));
            }
        }
        return new SavePlanDraftRequest(views, PlanHeadings.of(heading -> new HeadingInput(texts.get(heading), actions.get(heading))));
    }

    /** The service names an action by heading and place ({@code headings.health.actions[1].owner}); the page by row. */
    private static String actionField(String field, Map<String, String> actionFields) {
        int end = field.indexOf(']');
        if (end < 0) {
            return field;
        }
        String row = actionFields.get(field.substring(0, end + 1));
        return row == null ? field : row + field.substring(end + 1).replace('.', '-');
    }

    private View view(PageForm form, int rows, String taskId, String version, Caller caller) {
        List<HeadingField> headings = Arrays.stream(PathwayHeading.values()).map(heading -> new HeadingField(headingName(heading),
                PathwayPlanSections.title(heading), form.value(headingName(heading)), form.errorOf(headingName(heading)))).toList();
        List<ActionRow> shown = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String p = "action-" + i;
            shown.add(new ActionRow(i + 1, p, form.value(p + "-id"), form.value(p + "-part"), form.value(p + "-description"),
                    form.value(p + "-owner"), form.value(p + "-dueDate-day"), form.value(p + "-dueDate-month"),
                    form.value(p + "-dueDate-year"), form.value(p + "-status"), form.errorOf(p + "-part"),
                    form.errorOf(p + "-description"), form.errorOf(p + "-owner"), form.errorOf(p + "-dueDate")));
        }
        List<Choice> parts = Arrays.stream(PathwayHeading.values()).map(heading -> new Choice(heading.name(),
                PathwayPlanSections.title(heading))).toList();
        return new View(form, headings, shown, parts, owners(caller),
                List.of(new Choice("OPEN", "Open"), new Choice("DONE", "Done")), taskId, version,
                HousingActionRows.of(accommodation.housingActions(form.getYoungPersonId(), caller)));
    }

    private List<Choice> owners(Caller caller) {
        return staff.staff(caller).stream().filter(member -> member.disabledAt() == null)
                .map(member -> new Choice(member.username(), member.displayName())).toList();
    }

    /**
     * The "Write pathway plan" task the editor was opened from: only a task of that step about this young person, that the
     * caller can see (else none; a task completed meanwhile is no longer offered).
     */
    private String planTask(UUID id, String taskId, Caller caller) {
        if (taskId == null || taskId.isBlank()) {
            return null;
        }
        try {
            TaskResponse task = tasks.get(taskId, caller);
            return TransitionService.writesPathwayPlan(task.processKey(), task.stepId()) && id.equals(task.youngPersonId())
                    ? task.id() : null;
        } catch (NotFoundException | ConflictException gone) {
            return null;
        }
    }

    /** 404 for a young person the caller may not see, 403 for one whose plan they may not write. */
    private Caller allowed(UUID id) {
        Caller caller = signedIn.caller();
        visibility.requireVisible(id, caller);
        if (!plans.mayWrite(id, caller)) {
            throw new ForbiddenException("You can read this pathway plan, but not write it.");
        }
        return caller;
    }

    private static String headingName(PathwayHeading heading) {
        return "headings-" + heading.field();
    }

    private static int wholeNumber(String text) {
        try {
            return text == null ? BLANK_ROWS : Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return BLANK_ROWS;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
