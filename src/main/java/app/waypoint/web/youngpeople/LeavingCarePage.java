package app.waypoint.web.youngpeople;

import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.record.accommodation.AccommodationRequest;
import app.waypoint.people.record.care.EndCareRequest;
import app.waypoint.people.record.care.LeavingCareApprover;
import app.waypoint.people.record.care.LeavingCareReason;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.youngpeople.YoungPersonResponse;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A manager records that a young person left care: the day, why, the approval of leaving before 18, and where they went to
 * live with the suitability judgement. The service's rules decide (and name the fields at fault); the form shows them beside
 * the fields (its fields are the service's, dotted names dashed), keeps what was typed, and sends back the version of the
 * record it was opened on, so a change made meanwhile is not overwritten.
 */
@Path("/young-people/{id}/leaving-care")
@Produces(MediaType.TEXT_HTML)
class LeavingCarePage {

    private static final List<String> FIELDS = List.of("version", "endDate-day", "endDate-month", "endDate-year", "reason", "note",
            "approval-approverRole", "approval-approvedBy", "approval-approvedOn-day", "approval-approvedOn-month",
            "approval-approvedOn-year", "accommodation-category", "accommodation-addressOrProvider", "accommodation-startDate-day",
            "accommodation-startDate-month", "accommodation-startDate-year", "accommodation-sharedHousing", "accommodation-suitable",
            "accommodation-rationale", "accommodation-judgedBy");

    private final YoungPersonService youngPeople;
    private final YoungPersonRecordService records;
    private final SignedIn signedIn;

    LeavingCarePage(YoungPersonService youngPeople, YoungPersonRecordService records, SignedIn signedIn) {
        this.youngPeople = youngPeople;
        this.records = records;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance leavingCare(PageForm form);
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) {
        Caller caller = requireManager();
        YoungPersonResponse person = youngPeople.get(id, caller);
        return Templates.leavingCare(form(person).typed("version", Long.toString(person.version())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Caller caller = requireManager();
        PageForm form = form(youngPeople.get(id, caller));
        FIELDS.forEach(field -> form.typed(field, posted.getFirst(field)));
        EndCareRequest request = request(form);
        if (!form.hasErrors()) {
            try {
                records.endCare(id, request, quoted(form.text("version")), caller);
                return PageForm.backToFile(id, "care-episodes");
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused, field -> "approval".equals(field) ? "approval.approverRole" : field);
            } catch (ConflictException changed) {
                YoungPersonResponse person = youngPeople.get(id, caller);
                form.typed("version", Long.toString(person.version()))
                        .error(null, "Someone changed this record while you were filling in the form. Check the record, then submit again.");
                return Response.status(409).type(MediaType.TEXT_HTML_TYPE).entity(Templates.leavingCare(form).render()).build();
            }
        }
        return PageForm.unprocessable(Templates.leavingCare(form));
    }

    /** The request as typed; the approval and the accommodation only when the form says something of them. */
    private static EndCareRequest request(PageForm form) {
        LocalDate end = form.date("endDate", "Enter the day care ended");
        LeavingCareReason reason = form.choice("reason", LeavingCareReason.class, "Select why care ended");
        EndCareRequest.Approval approval = null;
        if (form.text("approval-approverRole") != null || form.text("approval-approvedBy") != null
                || form.text("approval-approvedOn-day") != null) {
            approval = new EndCareRequest.Approval(form.choice("approval-approverRole", LeavingCareApprover.class, "Select who approved it"),
                    form.optional("approval-approvedBy", 160), form.date("approval-approvedOn", null));
        }
        AccommodationRequest accommodation = null;
        if (form.text("accommodation-category") != null) {
            String suitable = form.required("accommodation-suitable", "Select whether the accommodation is suitable", 5);
            accommodation = new AccommodationRequest(form.text("accommodation-category"),
                    form.required("accommodation-addressOrProvider", "Enter the address area or the provider", 300),
                    form.date("accommodation-startDate", "Enter the day they moved in"),
                    "true".equals(form.text("accommodation-sharedHousing")), suitable == null ? null : "true".equals(suitable),
                    form.optional("accommodation-rationale", 4000),
                    form.required("accommodation-judgedBy", "Enter who judged the suitability", 160));
        }
        return new EndCareRequest(end, reason, form.optional("note", 4000), approval, accommodation);
    }

    private PageForm form(YoungPersonResponse person) {
        return new PageForm(person.id(), person.givenName() + " " + person.familyName())
                .choices("reason", Arrays.stream(LeavingCareReason.values()).map(r -> new Choice(r.name(), r.words())).toList())
                .choices("approval-approverRole", Arrays.stream(LeavingCareApprover.values()).map(a -> new Choice(a.name(), a.words())).toList())
                .choices("accommodation-category", records.accommodationCategories().stream()
                        .map(category -> new Choice(category.code(), category.description())).toList())
                .choices("accommodation-suitable", List.of(new Choice("true", "Suitable"), new Choice("false", "Not suitable")));
    }

    private Caller requireManager() {
        Caller caller = signedIn.caller();
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("Only a manager or an administrator records that a young person left care.");
        }
        return caller;
    }

    private static String quoted(String version) {
        return version == null ? null : "\"" + version + "\"";
    }
}
