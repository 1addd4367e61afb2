package app.waypoint.web.youngpeople;

import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.contacts.ContactKind;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.contacts.RecordContactRequest;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.web.shell.PageForm.Choice;
import app.waypoint.web.shell.PageForm;
import app.waypoint.web.shell.SignedIn;
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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/** A worker or manager records a contact with the young person, a visit, or an attempt that did not reach them. */
@Path("/young-people/{id}/contact")
@Produces(MediaType.TEXT_HTML)
class ContactPage {

    private final ContactService contacts;
    private final VisibilityService visibility;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    ContactPage(ContactService contacts, VisibilityService visibility, YoungPersonService youngPeople, SignedIn signedIn) {
        this.contacts = contacts;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contact(PageForm form, String lateHint);
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) {
        return page(form(id, allowed(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID id, @FormParam("outcome") String outcome, @FormParam("kind") String kind,
                           @FormParam("contactOn-day") String day, @FormParam("contactOn-month") String month,
                           @FormParam("contactOn-year") String year, @FormParam("note") String note,
                           @FormParam("lateReason") String lateReason) {
        Caller caller = allowed(id);
        PageForm form = form(id, caller).typed("outcome", outcome).typed("kind", kind).typed("contactOn-day", day)
                .typed("contactOn-month", month).typed("contactOn-year", year).typed("note", note)
                .typed("lateReason", lateReason);
        ContactOutcome made = form.choice("outcome", ContactOutcome.class, "Select whether you made contact");
        ContactKind how = form.choice("kind", ContactKind.class, "Select how you made or tried to make contact");
        LocalDate on = form.date("contactOn", "Enter the day of the contact");
        String text = form.optional("note", 2000);
        String why = form.optional("lateReason", 2000);
        if (!form.hasErrors()) {
            try {
                contacts.record(id, new RecordContactRequest(on, how, text, made, why), caller);
                return PageForm.backToFile(id, "contacts");
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(page(form));
    }

    private TemplateInstance page(PageForm form) {
        return Templates.contact(form, "Needed when the contact was more than " + contacts.lateRecordingWorkingDays()
                + " working days ago (weekends and bank holidays not counted), so the record says why it was written up late.");
    }

    /** 404 for a young person the caller may not see, 403 for one whose contacts they may not record. */
    private Caller allowed(UUID id) {
        Caller caller = signedIn.caller();
        visibility.requireVisible(id, caller);
        if (!contacts.mayRecord(id, caller)) {
            throw new ForbiddenException("You cannot record contacts with this young person.");
        }
        return caller;
    }

    private PageForm form(UUID id, Caller caller) {
        return new PageForm(id, youngPeople.facts(id).name())
                .choices("outcome", Arrays.stream(ContactOutcome.values()).map(o -> new Choice(o.name(), o.words())).toList())
                .choices("kind", Arrays.stream(ContactKind.values()).map(k -> new Choice(k.name(), words(k))).toList());
    }

    static String words(ContactKind kind) {
        return switch (kind) {
            case VISIT -> "Visit";
            case OFFICE -> "At the office";
            case PHONE -> "Phone call";
            case VIDEO -> "Video call";
            case MESSAGE -> "Message (text, e-mail or letter)";
        };
    }
}
