package app.waypoint.web;

import app.waypoint.disputes.domain.CafcassReferralRequest;
import app.waypoint.disputes.domain.DisputeAction;
import app.waypoint.disputes.domain.DisputeAnswerRequest;
import app.waypoint.disputes.domain.DisputeEventKind;
import app.waypoint.disputes.domain.DisputeIssueType;
import app.waypoint.disputes.domain.DisputeResponse;
import app.waypoint.disputes.domain.DisputeService;
import app.waypoint.disputes.domain.DisputeStage;
import app.waypoint.disputes.domain.DisputeStatus;
import app.waypoint.disputes.domain.JudgementRequest;
import app.waypoint.disputes.domain.RaiseDisputeRequest;
import app.waypoint.disputes.domain.StageSkipRequest;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.Paging;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.shared.WaypointException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * IRO disputes: an IRO raises one about a young person of theirs; anyone who may read one follows it (its stage, its history, what
 * is awaited); the IRO judges a response, moves it to a later stage or refers it to Cafcass, and the respondent responds.
 */
@Path("/disputes")
@Produces(MediaType.TEXT_HTML)
class DisputesPage {

    private static final Paging FIRST_200 = new Paging(0, Paging.MAX_SIZE);
    /** The steps that move a dispute on; the others (overdue notes, Cafcass) happen beside them. */
    private static final Set<DisputeEventKind> PROGRESS = Set.of(DisputeEventKind.RAISED, DisputeEventKind.RESPONSE,
            DisputeEventKind.JUDGEMENT, DisputeEventKind.STAGE_CHANGED, DisputeEventKind.SKIPPED);

    private final DisputeService disputes;
    private final YoungPersonService youngPeople;
    private final PageNames names;
    private final SignedIn signedIn;

    DisputesPage(DisputeService disputes, YoungPersonService youngPeople, PageNames names, SignedIn signedIn) {
        this.disputes = disputes;
        this.youngPeople = youngPeople;
        this.names = names;
        this.signedIn = signedIn;
    }

    /** A choice of a select: the value posted, the words shown. */
    record Choice(String value, String label) {
    }

    /** The raise form as typed, with what is wrong with it (field id to message). */
    record RaiseForm(List<Choice> youngPeople, List<Choice> issueTypes, String youngPersonId, String issueType, String detail,
                     String informalResolutionBy, List<FieldError> errors) {

        public String errorOf(String field) {
            return errors.stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
        }
    }

    /** One dispute as its page shows it, with the actions the caller is offered and the outcome of the last one. */
    record View(UUID id, UUID youngPersonId, String youngPersonName, String issue, String detail, String stage, String status, boolean open,
                String raisedBy, String raised, String informalResolutionBy, String respondent, String responseDue, String formalLimit,
                String cafcass, String awaited, List<Step> history, boolean canJudge, boolean canSkip, boolean canReferToCafcass,
                boolean canRespond, List<Choice> laterStages, String done, List<String> errors) {
    }

    /** One step of the dispute's history. */
    record Step(String when, String what, String by, String stage, String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance raise(RaiseForm form);

        static native TemplateInstance dispute(View view);
    }

    @GET
    @Path("/new")
    public TemplateInstance raiseForm(@QueryParam("youngPerson") String youngPerson) {
        requireIro();
        return Templates.raise(form(youngPerson, null, null, null, List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response raise(@FormParam("youngPersonId") String youngPersonId, @FormParam("issueType") String issueType,
                          @FormParam("detail") String detail, @FormParam("informalResolutionBy") String informalResolutionBy) {
        requireIro();
        List<FieldError> errors = new ArrayList<>();
        UUID youngPerson = parse(youngPersonId, UUID::fromString, "youngPersonId", "Select the young person", errors);
        DisputeIssueType issue = parse(issueType, DisputeIssueType::valueOf, "issueType", "Select what the dispute is about", errors);
        if (detail == null || detail.isBlank()) {
            errors.add(new FieldError("detail", "Enter what the council has failed to do"));
        } else if (detail.length() > 4000) {
            errors.add(new FieldError("detail", "The detail can be at most 4000 characters"));
        }
        LocalDate by = parse(informalResolutionBy, LocalDate::parse, "informalResolutionBy",
                "Enter the date by which it should be resolved informally", errors);
        if (errors.isEmpty()) {
            try {
                DisputeResponse raised = disputes.raise(new RaiseDisputeRequest(youngPerson, issue, detail.trim(), by), signedIn.caller());
                return Response.seeOther(UriBuilder.fromPath("/disputes/{id}").queryParam("done", "raised").build(raised.id())).build();
            } catch (InvalidInputException | RuleViolationException refused) {
                errors.addAll(fieldErrors((WaypointException) refused));
            }
        }
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.raise(form(youngPersonId, issueType, detail, informalResolutionBy, errors)).render()).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return Templates.dispute(view(disputes.get(id, signedIn.caller()), done(done), List.of()));
    }

    @POST
    @Path("/{id}/judgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response judge(@PathParam("id") UUID id, @FormParam("satisfied") String satisfied, @FormParam("nextStage") String nextStage,
                          @FormParam("note") String note) {
        if (!"true".equals(satisfied) && !"false".equals(satisfied)) {
            return refused(id, 422, "Select whether you are satisfied with the response");
        }
        DisputeStage stage = blank(nextStage) ? null : parse(nextStage, DisputeStage::valueOf, "nextStage", null, new ArrayList<>());
        return act(id, "judged", () -> disputes.judge(id, new JudgementRequest(Boolean.valueOf(satisfied), stage, trimmed(note)),
                signedIn.caller()));
    }

    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response respond(@PathParam("id") UUID id, @FormParam("response") String response) {
        if (blank(response)) {
            return refused(id, 422, "Enter your response");
        }
        return act(id, "responded", () -> disputes.respond(id, new DisputeAnswerRequest(response.trim()), signedIn.caller()));
    }

    @POST
    @Path("/{id}/stage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response skip(@PathParam("id") UUID id, @FormParam("stage") String stage, @FormParam("reason") String reason) {
        DisputeStage to = parse(stage, DisputeStage::valueOf, "stage", null, new ArrayList<>());
        if (to == null || blank(reason)) {
            return refused(id, 422, to == null ? "Select the stage to move to" : "Enter why the dispute moves on");
        }
        return act(id, "moved", () -> disputes.skipTo(id, new StageSkipRequest(to, reason.trim()), signedIn.caller()));
    }

    @POST
    @Path("/{id}/cafcass-referral")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response referToCafcass(@PathParam("id") UUID id, @FormParam("note") String note) {
        return act(id, "referred", () -> disputes.referToCafcass(id, new CafcassReferralRequest(trimmed(note)), signedIn.caller()));
    }

    /** Does it, then back to the dispute with a confirmation; what the dispute refuses (409, 422) is shown on its page. */
    private Response act(UUID id, String done, Supplier<DisputeResponse> action) {
        try {
            action.get();
        } catch (ConflictException | InvalidInputException | RuleViolationException refused) {
            WaypointException problem = (WaypointException) refused;
            return refused(id, problem.status(), problem.getMessage());
        }
        return Response.seeOther(UriBuilder.fromPath("/disputes/{id}").queryParam("done", done).build(id)).build();
    }

    private Response refused(UUID id, int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.dispute(view(disputes.get(id, signedIn.caller()), null, List.of(message))).render()).build();
    }

    /** The dispute's page; the actions offered are those the dispute allows the caller ({@link DisputeResponse#allowedActions()}). */
    private View view(DisputeResponse dispute, String done, List<String> errors) {
        boolean open = dispute.status() == DisputeStatus.OPEN;
        boolean awaitingJudgement = open && awaitingJudgement(dispute);
        List<DisputeAction> allowed = dispute.allowedActions();
        List<Choice> later = Arrays.stream(DisputeStage.values()).filter(stage -> stage.ordinal() > dispute.stage().ordinal())
                .map(stage -> new Choice(stage.name(), stage(stage))).toList();
        List<Step> history = dispute.history() == null ? List.of() : dispute.history().stream()
                .map(step -> new Step(PageTimes.when(step.at()), YoungPersonCards.readable(step.kind().name()), names.staff(step.by()),
                        stage(step.stage()), step.text())).toList();
        return new View(dispute.id(), dispute.youngPersonId(), names.youngPerson(dispute.youngPersonId()),
                YoungPersonCards.readable(dispute.issueType().name()), dispute.detail(), stage(dispute.stage()),
                YoungPersonCards.readable(dispute.status().name()), open, names.staff(dispute.raisedBy()), PageTimes.when(dispute.raisedAt()),
                DueWording.date(dispute.informalResolutionBy()), names.staff(dispute.respondent()), PageTimes.day(dispute.responseDueAt()),
                PageTimes.day(dispute.formalLimitAt()), dispute.cafcassReferred() ? "Referred on " + PageTimes.day(dispute.cafcassReferredAt()) : null,
                awaited(dispute, awaitingJudgement), history, allowed.contains(DisputeAction.JUDGE), allowed.contains(DisputeAction.SKIP_STAGE),
                allowed.contains(DisputeAction.REFER_TO_CAFCASS), allowed.contains(DisputeAction.RESPOND), later, done, errors);
    }

    /** A response was given and the IRO has not judged it yet: the last step that moved the dispute on is that response. */
    private static boolean awaitingJudgement(DisputeResponse dispute) {
        List<DisputeResponse.Step> history = dispute.history() == null ? List.of() : dispute.history();
        return history.stream().filter(step -> PROGRESS.contains(step.kind())).reduce((first, second) -> second)
                .map(step -> step.kind() == DisputeEventKind.RESPONSE).orElse(false);
    }

    private String awaited(DisputeResponse dispute, boolean awaitingJudgement) {
        if (dispute.status() != DisputeStatus.OPEN) {
            return "Nothing: the dispute is closed (" + YoungPersonCards.readable(dispute.status().name()).toLowerCase()
                    + (dispute.closedAt() == null ? "" : ", " + PageTimes.day(dispute.closedAt())) + ").";
        }
        if (awaitingJudgement) {
            return "The IRO's judgement of the response (" + names.staff(dispute.raisedBy()) + ").";
        }
        if (dispute.stage() == DisputeStage.INFORMAL) {
            return "An informal response from the team's managers by " + DueWording.date(dispute.informalResolutionBy()) + ".";
        }
        return "A response from " + names.staff(dispute.respondent()) + " at the " + dispute.stage().label() + " stage"
                + (dispute.responseDueAt() == null ? "" : " by " + PageTimes.day(dispute.responseDueAt())) + ".";
    }

    private RaiseForm form(String youngPersonId, String issueType, String detail, String informalResolutionBy, List<FieldError> errors) {
        List<Choice> caseload = youngPeople.list(signedIn.caller(), FIRST_200).items().stream()
                .map(person -> new Choice(person.id().toString(), person.name() + " (" + person.localId() + ")")).toList();
        List<Choice> issues = Arrays.stream(DisputeIssueType.values())
                .map(type -> new Choice(type.name(), YoungPersonCards.readable(type.name()))).toList();
        return new RaiseForm(caseload, issues, youngPersonId, issueType, detail, informalResolutionBy, errors);
    }

    private void requireIro() {
        if (!signedIn.caller().is(StaffRole.IRO)) {
            throw new ForbiddenException("Only an IRO raises a dispute.");
        }
    }

    /** "Informal", "Team manager", "DCS". */
    static String stage(DisputeStage stage) {
        String label = stage.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static String done(String done) {
        return done == null ? null : switch (done) {
            case "raised" -> "You raised the dispute. The team's managers have been told.";
            case "judged" -> "Your judgement is recorded.";
            case "responded" -> "Your response is recorded. The IRO has been asked to judge it.";
            case "moved" -> "The dispute has moved to a later stage.";
            case "referred" -> "The referral to Cafcass is recorded.";
            default -> null;
        };
    }

    private static List<FieldError> fieldErrors(WaypointException refused) {
        return refused.errors().isEmpty() ? List.of(new FieldError("", refused.getMessage())) : refused.errors().stream()
                .map(error -> new FieldError(error.field(), "informalResolutionBy".equals(error.field())
                        ? "The informal resolution date must be today or later" : error.message())).toList();
    }

    private static <T> T parse(String raw, Function<String, T> parser, String field, String message,
                               List<FieldError> errors) {
        try {
            if (!blank(raw)) {
                return parser.apply(raw.trim());
            }
        } catch (IllegalArgumentException | DateTimeParseException wrong) {
            // reported below, as for a missing value
        }
        if (message != null) {
            errors.add(new FieldError(field, message));
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }
}
