package app.waypoint.web;

import app.waypoint.people.record.AccommodationCategories.Category;
import app.waypoint.people.record.AccommodationRequest;
import app.waypoint.people.record.EndCareRequest;
import app.waypoint.people.record.LeavingCareApprover;
import app.waypoint.people.record.LeavingCareReason;
import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.youngpeople.YoungPersonResponse;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.shared.WaypointException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A manager records that a young person left care: the day, why, the approval of leaving before 18, and where they went to
 * live with the suitability judgement. The service's rules decide (and name the fields at fault); the form shows them beside
 * the fields, keeps what was typed, and sends back the version of the record it was opened on, so a change made meanwhile is
 * not overwritten.
 */
@Path("/young-people/{id}/leaving-care")
@Produces(MediaType.TEXT_HTML)
class LeavingCarePage {

    private final YoungPersonService youngPeople;
    private final YoungPersonRecordService records;
    private final SignedIn signedIn;

    LeavingCarePage(YoungPersonService youngPeople, YoungPersonRecordService records, SignedIn signedIn) {
        this.youngPeople = youngPeople;
        this.records = records;
        this.signedIn = signedIn;
    }

    /** A fixed choice: the value posted and the words shown. */
    record Choice(String value, String label) {
    }

    /** The form as typed (field name to value), the choices, what is wrong (field to message) and the record version it edits. */
    record Form(UUID id, String name, String version, MultivaluedMap<String, String> typed, List<Choice> reasons, List<Choice> approvers,
                List<Choice> categories, List<FieldError> errors) {

        public String value(String field) {
            return typed == null || typed.getFirst(field) == null ? "" : typed.getFirst(field);
        }

        public boolean chosen(String field, String value) {
            return value.equals(value(field));
        }

        public String errorOf(String field) {
            return errors.stream().filter(error -> field.equals(error.field())).map(FieldError::message).findFirst().orElse(null);
        }

        /** The error summary: each message with the id of the field it links to (none for the record as a whole). */
        public List<SummaryLine> summary() {
            return errors.stream().map(error -> new SummaryLine(error.field() == null ? null : error.field().replace('.', '-'),
                    error.message())).toList();
        }
    }

    /** A line of the error summary. */
    record SummaryLine(String anchor, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance leavingCare(Form form);
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) {
        Caller caller = requireManager();
        YoungPersonResponse person = youngPeople.get(id, caller);
        return Templates.leavingCare(form(person, Long.toString(person.version()), null, List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID id, @BeanParam LeavingCareFormInput input) {
        Caller caller = requireManager();
        MultivaluedMap<String, String> typed = input.typed();
        List<FieldError> errors = new ArrayList<>();
        LocalDate end = date(typed, "endDate", "Enter the day care ended", errors);
        LeavingCareReason reason = choice(typed, "reason", LeavingCareReason.class, "Select why care ended", errors);
        EndCareRequest.Approval approval = null;
        if (!blank(typed, "approverRole") || !blank(typed, "approvedBy") || !blank(typed, "approvedOn-day")) {
            approval = new EndCareRequest.Approval(choice(typed, "approverRole", LeavingCareApprover.class, null, errors),
                    text(typed, "approvedBy"), date(typed, "approvedOn", null, errors, "approval.approvedOn"));
        }
        AccommodationRequest accommodation = null;
        if (!blank(typed, "category")) {
            Boolean suitable = blank(typed, "suitable") ? null : Boolean.valueOf("true".equals(typed.getFirst("suitable")));
            if (suitable == null) {
                errors.add(new FieldError("accommodation.suitable", "Select whether the accommodation is suitable"));
            }
            LocalDate from = date(typed, "accommodationStart", "Enter the day they moved in", errors, "accommodation.startDate");
            if (blank(typed, "addressOrProvider")) {
                errors.add(new FieldError("accommodation.addressOrProvider", "Enter the address area or the provider"));
            }
            if (blank(typed, "judgedBy")) {
                errors.add(new FieldError("accommodation.judgedBy", "Enter who judged the suitability"));
            }
            accommodation = new AccommodationRequest(typed.getFirst("category"), text(typed, "addressOrProvider"), from,
                    "true".equals(typed.getFirst("sharedHousing")), suitable, text(typed, "rationale"), text(typed, "judgedBy"));
        }
        if (errors.isEmpty()) {
            try {
                records.endCare(id, new EndCareRequest(end, reason, text(typed, "note"), approval, accommodation),
                        quoted(typed.getFirst("version")), caller);
                return Response.seeOther(UriBuilder.fromPath("/young-people/{id}").build(id)).build();
            } catch (InvalidInputException | RuleViolationException refused) {
                errors.addAll(((WaypointException) refused).errors().isEmpty()
                        ? List.of(new FieldError(null, refused.getMessage())) : ((WaypointException) refused).errors());
            } catch (ConflictException changed) {
                YoungPersonResponse person = youngPeople.get(id, caller);
                return Response.status(409).type(MediaType.TEXT_HTML_TYPE).entity(Templates.leavingCare(form(person,
                        Long.toString(person.version()), typed, List.of(new FieldError(null, "Someone changed this record while you "
                                + "were filling in the form. Check the record, then submit again.")))).render()).build();
            }
        }
        YoungPersonResponse person = youngPeople.get(id, caller);
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.leavingCare(form(person, typed.getFirst("version"), typed, errors.stream().map(LeavingCarePage::sentence).toList()))
                        .render()).build();
    }

    private Form form(YoungPersonResponse person, String version, MultivaluedMap<String, String> typed, List<FieldError> errors) {
        return new Form(person.id(), person.givenName() + " " + person.familyName(), version, typed,
                Arrays.stream(LeavingCareReason.values()).map(r -> new Choice(r.name(), r.words())).toList(),
                Arrays.stream(LeavingCareApprover.values()).map(a -> new Choice(a.name(), a.words())).toList(),
                records.accommodationCategories().stream().map(LeavingCarePage::choice).toList(), errors);
    }

    private static Choice choice(Category category) {
        return new Choice(category.code(), category.description());
    }

    private Caller requireManager() {
        Caller caller = signedIn.caller();
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("Only a manager or an administrator records that a young person left care.");
        }
        return caller;
    }

    /** The service's messages start in lower case (they follow a field name); on the page each is a sentence. */
    private static FieldError sentence(FieldError error) {
        String message = error.message();
        return new FieldError(error.field(), message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1));
    }

    private static LocalDate date(MultivaluedMap<String, String> typed, String name, String missing, List<FieldError> errors) {
        return date(typed, name, missing, errors, name);
    }

    /** A date typed as day, month and year ({@code name-day} …); null when all three are empty or it is not a real date. */
    private static LocalDate date(MultivaluedMap<String, String> typed, String name, String missing, List<FieldError> errors, String field) {
        String day = text(typed, name + "-day");
        String month = text(typed, name + "-month");
        String year = text(typed, name + "-year");
        if (day == null && month == null && year == null) {
            if (missing != null) {
                errors.add(new FieldError(field, missing));
            }
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException | NullPointerException notADate) {
            errors.add(new FieldError(field, "Enter a real date, as day, month and year"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(MultivaluedMap<String, String> typed, String name, Class<E> type, String missing,
                                                List<FieldError> errors) {
        String value = text(typed, name);
        if (value == null) {
            if (missing != null) {
                errors.add(new FieldError(name, missing));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(name, "Select one of the choices"));
            return null;
        }
    }

    private static String text(MultivaluedMap<String, String> typed, String name) {
        String value = typed.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean blank(MultivaluedMap<String, String> typed, String name) {
        return text(typed, name) == null;
    }

    private static String quoted(String version) {
        return version == null || version.isBlank() ? null : "\"" + version.trim() + "\"";
    }
}
