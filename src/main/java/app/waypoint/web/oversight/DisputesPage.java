package app.waypoint.web.oversight;

import app.waypoint.disputes.domain.records.CafcassReferralRequest;
import app.waypoint.disputes.domain.records.DisputeAction;
import app.waypoint.disputes.domain.records.DisputeAnswerRequest;
import app.waypoint.disputes.domain.records.DisputeEventKind;
import app.waypoint.disputes.domain.records.DisputeIssueType;
import app.waypoint.disputes.domain.records.DisputeResponse;
import app.waypoint.disputes.domain.records.DisputeStage;
import app.waypoint.disputes.domain.records.DisputeStatus;
import app.waypoint.disputes.domain.records.JudgementRequest;
import app.waypoint.disputes.domain.records.RaiseDisputeRequest;
import app.waypoint.disputes.domain.records.StageSkipRequest;
import app.waypoint.disputes.domain.resolution.DisputeService;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.Paging;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.shared.WaypointException;
import app.waypoint.web.shell.DueWording;
import app.waypoint.web.shell.PageNames;
import app.waypoint.web.shell.PageTimes;
import app.waypoint.web.shell.SignedIn;
import app.waypoint.web.youngpeople.YoungPersonCards;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
    /** The fields of the raise and action forms, in the order their errors are listed. */
    private static final List<String> FIELDS = List.of("youngPersonId", "issueType", "detail", "informalResolutionBy", "satisfied",
            "nextStage", "note", "response", "stage", "reason");
    /** What to do about a field left empty (or not one of its choices). */
    private static final Map<String, String> MISSING = Map.of("youngPersonId", "Select the young person",
            "issueType", "Select what the dispute is about", "detail", "Enter what the council has failed to do",
            "informalResolutionBy", "Enter the date by which it should be resolved informally",
            "satisfied", "Select whether you are satisfied with the response", "response", "Enter your response",
            "stage", "Select the stage to move to", "reason", "Enter why the dispute moves on");
    /** What is wrong with a field filled in that the service refuses. */
    private static final Map<String, String> INVALID = Map.of("detail", "The detail can be at most 4000 characters",
            "informalResolutionBy", "The informal resolution date must be today or later", "note", "The note can be at most 4000 characters",
            "response", "The response can be at most 4000 characters", "reason", "The reason can be at most 2000 characters");
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
                     TypedDate informalResolutionBy, List<FieldError> errors) {

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

    /** A date as typed in its day, month and year fields. */
    record TypedDate(String day, String month, String year) {

        static final TypedDate EMPTY = new TypedDate(null, null, null);

        /** The day typed, or null when a part is missing or it is no real day (the service then names the field). */
        LocalDate date() {
            try {
                return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            } catch (RuntimeException notADay) {
                return null;
            }
        }
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
        return Templates.raise(form(youngPerson, null, null, TypedDate.EMPTY, List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response raise(@FormParam("youngPersonId") String youngPersonId, @FormParam("issueType") String issueType,
                          @FormParam("detail") String detail, @FormParam("informalResolutionBy-day") String day,
                          @FormParam("informalResolutionBy-month") String month, @FormParam("informalResolutionBy-year") String year) {
        requireIro();
        TypedDate informalResolutionBy = new TypedDate(day, month, year);
        List<FieldError> errors;
        try {
            DisputeResponse raised = disputes.raise(new RaiseDisputeRequest(parse(youngPersonId, UUID::fromString),
                    parse(issueType, DisputeIssueType::valueOf), trimmed(detail), informalResolutionBy.date()),
                    signedIn.caller());
            return Response.seeOther(UriBuilder.fromPath("/disputes/{id}").queryParam("done", "raised").build(raised.id())).build();
        } catch (ConstraintViolationException invalid) {
            errors = fieldErrors(invalid);
        } catch (InvalidInputException | RuleViolationException refused) {
            errors = fieldErrors((WaypointException) refused);
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
        Boolean answer = "true".equals(satisfied) || "false".equals(satisfied) ? Boolean.valueOf(satisfied) : null;
        return act(id, "judged", () -> disputes.judge(id, new JudgementRequest(answer, parse(nextStage, DisputeStage::valueOf),
                trimmed(note)), signedIn.caller()));
    }

    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response respond(@PathParam("id") UUID id, @FormParam("response") String response) {
        return act(id, "responded", () -> disputes.respond(id, new DisputeAnswerRequest(trimmed(response)), signedIn.caller()));
    }

    @POST
    @Path("/{id}/stage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response skip(@PathParam("id") UUID id, @FormParam("stage") String stage, @FormParam("reason") String reason) {
        return act(id, "moved", () -> disputes.skipTo(id, new StageSkipRequest(parse(stage, DisputeStage::valueOf), trimmed(reason)),
                signedIn.caller()));
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
        } catch (ConstraintViolationException invalid) {
            return refused(id, 422, fieldErrors(invalid).stream().map(FieldError::message).toList());
        } catch (ConflictException | InvalidInputException | RuleViolationException refused) {
            WaypointException problem = (WaypointException) refused;
            return refused(id, problem.status(), List.of(problem.getMessage()));
        }
        return Response.seeOther(UriBuilder.fromPath("/disputes/{id}").queryParam("done", done).build(id)).build();
    }

    private Response refused(UUID id, int status, List<String> messages) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.dispute(view(disputes.get(id, signedIn.caller()), null, messages)).render()).build();
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

    private RaiseForm form(String youngPersonId, String issueType, String detail, TypedDate informalResolutionBy, List<FieldError> errors) {
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

    /**
     * The fields the service refused, in the forms' order, each in the page's words: what to enter when it is missing, else what
     * is wrong with it.
     */
    private static List<FieldError> fieldErrors(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream().map(DisputesPage::fieldError)
                .sorted(Comparator.comparingInt((FieldError error) -> FIELDS.indexOf(error.field()))).distinct().toList();
    }

    private static FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.substring(path.lastIndexOf('.') + 1);
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        boolean missing = constraint == NotNull.class || constraint == NotBlank.class;
        String words = missing ? MISSING.get(field) : INVALID.get(field);
        return new FieldError(field, words == null ? violation.getMessage() : words);
    }

    /** A posted value as the request's type; null when empty or not one (the service then names the field). */
    private static <T> T parse(String raw, Function<String, T> parser) {
        try {
            return blank(raw) ? null : parser.apply(raw.trim());
        } catch (IllegalArgumentException | DateTimeParseException wrong) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }
}
