package app.waypoint.web.youngpeople;

import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.risks.domain.flags.RiskService;
import app.waypoint.risks.domain.records.RaiseConcernRequest;
import app.waypoint.risks.domain.records.RiskAction;
import app.waypoint.risks.domain.records.RiskDecisionRequest;
import app.waypoint.risks.domain.records.RiskKind;
import app.waypoint.risks.domain.records.RiskResponse;
import app.waypoint.risks.domain.records.RiskReviewRequest;
import app.waypoint.risks.domain.records.RiskSource;
import app.waypoint.risks.domain.records.RiskStatus;
import app.waypoint.risks.domain.records.SafetyPlanActionRequest;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.web.shell.DueWording;
import app.waypoint.web.shell.PageForm.Choice;
import app.waypoint.web.shell.PageForm;
import app.waypoint.web.shell.PageTimes;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A young person's risks: the concerns raised, each with its decision, safety plan and reviews; a form to raise a concern; and,
 * for the young person's team managers when its task waits, the decision and the review. The rules are the risk service's
 * ({@code allowedActions}); this page only passes the forms on.
 */
@Path("/young-people/{id}/risks")
@Produces(MediaType.TEXT_HTML)
class RiskPage {

    /** How many safety plan action rows the decision form offers. */
    static final int ACTION_ROWS = 3;

    private final RiskService risks;
    private final VisibilityService visibility;
    private final YoungPersonService youngPeople;
    private final StaffService staff;
    private final SignedIn signedIn;

    RiskPage(RiskService risks, VisibilityService visibility, YoungPersonService youngPeople, StaffService staff, SignedIn signedIn) {
        this.risks = risks;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.staff = staff;
        this.signedIn = signedIn;
    }

    /** The page: the raise form (when the caller may raise one), the prompts, and every concern, newest first. */
    record View(PageForm raise, boolean mayRaise, List<String> prompts, List<String> activeBadges, List<RiskView> risks) {
    }

    /** One concern as shown. */
    record RiskView(String id, String kind, String status, boolean active, String raised, String seen, String whatWasSeen, String due,
                    List<ActionView> plan, List<StepView> history, boolean mayDecide, boolean mayReview) {
    }

    /** A safety plan action as shown. */
    record ActionView(String description, String owner, String due, String done) {
    }

    /** A step of a concern's record as shown. */
    record StepView(String when, String what, String by, String text) {
    }

    /** The decision or review form of one concern, with the members of staff an action may be given to. */
    record DecisionView(PageForm form, String riskId, String concern, List<ActionRow> rows, List<StaffResponse> owners) {
    }

    /** The field names of one safety plan action row of the decision form. */
    record ActionRow(int number, String description, String owner, String dueOn) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance risks(View view);

        static native TemplateInstance decision(DecisionView view);

        static native TemplateInstance review(DecisionView view);
    }

    @GET
    public TemplateInstance show(@PathParam("id") UUID id, @QueryParam("source") String source) {
        Caller caller = signedIn.caller();
        PageForm raise = raiseForm(id);
        if (source != null && Arrays.stream(RiskSource.values()).anyMatch(each -> each.name().equals(source))) {
            raise.typed("source", source);
        }
        return Templates.risks(view(id, raise, caller));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response raise(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Caller caller = signedIn.caller();
        PageForm form = raiseForm(id);
        for (String field : List.of("kind", "source", "whatWasSeen", "seenOn-day", "seenOn-month", "seenOn-year")) {
            form.typed(field, posted.getFirst(field));
        }
        RiskKind kind = form.choice("kind", RiskKind.class, "Select what the concern is about");
        RiskSource source = form.choice("source", RiskSource.class, "Select where the concern was raised");
        String seen = form.required("whatWasSeen", "Enter what was seen or said", 4000);
        LocalDate seenOn = form.date("seenOn", "Enter the day it was seen");
        if (!form.hasErrors()) {
            try {
                risks.raise(id, new RaiseConcernRequest(kind, seen, seenOn, source), caller);
                return Response.seeOther(UriBuilder.fromPath("/young-people/{id}/risks").fragment("concerns").build(id)).build();
            } catch (RuleViolationException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.risks(view(id, form, caller)));
    }

    @GET
    @Path("/{riskId}/decision")
    public TemplateInstance decisionForm(@PathParam("id") UUID id, @PathParam("riskId") UUID riskId) {
        RiskResponse risk = allowed(id, riskId, RiskAction.DECIDE);
        return Templates.decision(decisionView(decisionForm(id), risk));
    }

    @POST
    @Path("/{riskId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @PathParam("riskId") UUID riskId, MultivaluedMap<String, String> posted) {
        RiskResponse risk = allowed(id, riskId, RiskAction.DECIDE);
        PageForm form = decisionForm(id);
        posted.forEach((field, values) -> form.typed(field, values.isEmpty() ? null : values.get(0)));
        Boolean active = form.yesNo("active", "Select whether this is an active risk");
        String rationale = form.required("rationale", "Enter the rationale for the decision", 4000);
        List<SafetyPlanActionRequest> actions = new ArrayList<>();
        List<Integer> rowOfAction = new ArrayList<>();
        for (int row = 1; row <= ACTION_ROWS; row++) {
            String prefix = "action" + row + "-";
            String description = form.optional(prefix + "description", 1000);
            String owner = form.text(prefix + "owner");
            LocalDate due = form.date(prefix + "dueOn", null);
            boolean dueTyped = form.text(prefix + "dueOn-day") != null || form.text(prefix + "dueOn-month") != null
                    || form.text(prefix + "dueOn-year") != null;
            if (description == null && owner == null && !dueTyped) {
                continue;
            }
            if (description == null) {
                form.error(prefix + "description", "Enter what action " + row + " is");
            }
            if (owner == null) {
                form.error(prefix + "owner", "Choose who does action " + row);
            }
            if (!dueTyped) {
                form.error(prefix + "dueOn", "Enter the day action " + row + " is due");
            }
            if (description != null && owner != null && due != null) {
                actions.add(new SafetyPlanActionRequest(description, owner, due));
                rowOfAction.add(row);
            }
        }
        LocalDate reviewOn = form.date("reviewOn", null);
        if (!form.hasErrors()) {
            try {
                risks.decide(id, riskId, new RiskDecisionRequest(active, rationale, actions, reviewOn), signedIn.caller());
                return Response.seeOther(UriBuilder.fromPath("/young-people/{id}/risks").fragment("risk-" + riskId).build(id)).build();
            } catch (RuleViolationException | ConflictException refused) {
                form.refused(refused, field -> formField(field, rowOfAction));
            }
        }
        return PageForm.unprocessable(Templates.decision(decisionView(form, risk)));
    }

    @GET
    @Path("/{riskId}/review")
    public TemplateInstance reviewForm(@PathParam("id") UUID id, @PathParam("riskId") UUID riskId) {
        RiskResponse risk = allowed(id, riskId, RiskAction.REVIEW);
        return Templates.review(decisionView(reviewForm(id), risk));
    }

    @POST
    @Path("/{riskId}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") UUID id, @PathParam("riskId") UUID riskId, MultivaluedMap<String, String> posted) {
        RiskResponse risk = allowed(id, riskId, RiskAction.REVIEW);
        PageForm form = reviewForm(id);
        posted.forEach((field, values) -> form.typed(field, values.isEmpty() ? null : values.get(0)));
        Boolean stillActive = form.yesNo("stillActive", "Select whether the risk is still active");
        String rationale = form.required("rationale", "Enter the rationale for the review", 4000);
        LocalDate next = form.date("nextReviewOn", null);
        if (!form.hasErrors()) {
            try {
                risks.review(id, riskId, new RiskReviewRequest(stillActive, rationale, next), signedIn.caller());
                return Response.seeOther(UriBuilder.fromPath("/young-people/{id}/risks").fragment("risk-" + riskId).build(id)).build();
            } catch (RuleViolationException | ConflictException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.review(decisionView(form, risk)));
    }

    /** The service names an action by its place among those given ({@code actions[0].owner}); the form by its row ({@code action1-owner}). */
    private static String formField(String field, List<Integer> rowOfAction) {
        if ("actions".equals(field)) {
            return "action1-description";
        }
        if (field.startsWith("actions[")) {
            int index = Integer.parseInt(field.substring("actions[".length(), field.indexOf(']')));
            int row = index < rowOfAction.size() ? rowOfAction.get(index) : index + 1;
            return "action" + row + "-" + field.substring(field.indexOf("].") + 2);
        }
        return field;
    }

    /** The concern if the caller may do the action with it now; 404 if unknown to them, 403 otherwise. */
    private RiskResponse allowed(UUID id, UUID riskId, RiskAction action) {
        RiskResponse risk = risks.list(id, signedIn.caller()).stream().filter(each -> each.id().equals(riskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("risk", riskId.toString()));
        if (!risk.allowedActions().contains(action)) {
            throw new ForbiddenException("This is not yours to do now: a manager of the young person's team decides on a concern "
                    + "awaiting a decision, and reviews a safety plan on its review date.");
        }
        return risk;
    }

    private View view(UUID id, PageForm raise, Caller caller) {
        List<RiskResponse> all = risks.list(id, caller);
        return new View(raise, risks.mayRaise(id, caller), risks.prompts(),
                all.stream().filter(risk -> risk.status() == RiskStatus.ACTIVE).map(risk -> risk.kind().words()).distinct().toList(),
                all.stream().map(this::riskView).toList());
    }

    private RiskView riskView(RiskResponse risk) {
        String due = switch (risk.status()) {
            case AWAITING_DECISION -> "Decision due by " + DueWording.date(risk.decisionDueOn());
            case ACTIVE -> risk.nextReviewOn() == null ? null : "Safety plan reviewed on " + DueWording.date(risk.nextReviewOn());
            default -> null;
        };
        return new RiskView(risk.id().toString(), risk.kind().words(), risk.status().words(), risk.status() == RiskStatus.ACTIVE,
                "Raised by " + name(risk.raisedBy()) + " on " + PageTimes.day(risk.raisedAt()) + ", " + risk.source().words().toLowerCase(Locale.UK),
                DueWording.date(risk.seenOn()), risk.whatWasSeen(), due,
                risk.safetyPlan().stream().map(action -> new ActionView(action.description(), name(action.owner()), DueWording.date(action.dueOn()),
                        actionState(action))).toList(),
                risk.history().stream().map(step -> new StepView(PageTimes.when(step.at()), step(step.kind()), name(step.by()), step.text())).toList(),
                risk.allowedActions().contains(RiskAction.DECIDE), risk.allowedActions().contains(RiskAction.REVIEW));
    }

    private static String actionState(RiskResponse.Action action) {
        if (action.doneAt() != null) {
            return "Done " + PageTimes.day(action.doneAt()) + ": " + action.outcome();
        }
        return action.endedAt() == null ? "Open" : "No longer needed: the risk was closed on " + PageTimes.day(action.endedAt());
    }

    private static String step(app.waypoint.risks.domain.records.RiskEventKind kind) {
        return switch (kind) {
            case RAISED -> "Concern raised";
            case ACCEPTED -> "Accepted as an active risk";
            case NOT_ACCEPTED -> "Not accepted as a risk";
            case PLAN_ACTION -> "Safety plan action";
            case ACTION_DONE -> "Action done";
            case ACTION_ENDED -> "Action no longer needed";
            case REVIEWED -> "Safety plan reviewed";
            case CLOSED -> "Risk closed";
        };
    }

    private DecisionView decisionView(PageForm form, RiskResponse risk) {
        List<ActionRow> rows = new ArrayList<>();
        for (int row = 1; row <= ACTION_ROWS; row++) {
            rows.add(new ActionRow(row, "action" + row + "-description", "action" + row + "-owner", "action" + row + "-dueOn"));
        }
        return new DecisionView(form, risk.id().toString(), risk.kind().words() + ", seen on " + DueWording.date(risk.seenOn()) + ": "
                + risk.whatWasSeen(), rows, risks.possibleOwners(risk.youngPersonId()));
    }

    private PageForm raiseForm(UUID id) {
        visibility.requireVisible(id, signedIn.caller());
        return new PageForm(id, youngPeople.facts(id).name())
                .choices("kind", Arrays.stream(RiskKind.values()).map(kind -> new Choice(kind.name(), kind.words())).toList())
                .choices("source", Arrays.stream(RiskSource.values()).filter(source -> source != RiskSource.SIGNIFICANT_CHANGE)
                        .map(source -> new Choice(source.name(), source.words())).toList());
    }

    private PageForm decisionForm(UUID id) {
        return new PageForm(id, youngPeople.facts(id).name()).choices("active", List.of(
                new Choice("true", "Yes: an active risk, with a safety plan"), new Choice("false", "No: not accepted as a risk")));
    }

    private PageForm reviewForm(UUID id) {
        return new PageForm(id, youngPeople.facts(id).name()).choices("stillActive", List.of(
                new Choice("true", "Keep it active, with a new review date"), new Choice("false", "Close the risk")));
    }

    private String name(String username) {
        return username == null ? "Waypoint" : staff.byUsername(username).map(StaffResponse::displayName).orElse(username);
    }
}
