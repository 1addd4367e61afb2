package app.waypoint.web.youngpeople;

import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.visits.BookVisitRequest;
import app.waypoint.people.visits.PlannedVisitService;
import app.waypoint.people.visits.VisitKind;
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

/** A worker books the next visit with the young person: the day and the kind of visit. The rules are the planned-visit service's. */
@Path("/young-people/{id}/visit")
@Produces(MediaType.TEXT_HTML)
class VisitPage {

    private final PlannedVisitService visits;
    private final VisibilityService visibility;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    VisitPage(PlannedVisitService visits, VisibilityService visibility, YoungPersonService youngPeople, SignedIn signedIn) {
        this.visits = visits;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance visit(PageForm form);
    }

    @GET
    public TemplateInstance bookingForm(@PathParam("id") UUID id) {
        allowed(id);
        return Templates.visit(visitForm(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@PathParam("id") UUID id, @FormParam("kind") String kind, @FormParam("visitOn-day") String day,
                         @FormParam("visitOn-month") String month, @FormParam("visitOn-year") String year) {
        Caller caller = allowed(id);
        PageForm form = visitForm(id).typed("kind", kind).typed("visitOn-day", day).typed("visitOn-month", month).typed("visitOn-year", year);
        LocalDate on = form.date("visitOn", "Enter the day of the visit");
        VisitKind chosen = form.choice("kind", VisitKind.class, "Select the kind of visit");
        if (!form.hasErrors()) {
            try {
                visits.book(id, new BookVisitRequest(on, chosen), caller);
                return PageForm.backToFile(id, "contacts");
            } catch (InvalidInputException | RuleViolationException | ConflictException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.visit(form));
    }

    /** 404 for a young person the caller may not see, 403 for one they may not book a visit with. */
    private Caller allowed(UUID id) {
        Caller caller = signedIn.caller();
        visibility.requireVisible(id, caller);
        if (!visits.mayBook(id, caller)) {
            throw new ForbiddenException("You cannot book visits with this young person.");
        }
        return caller;
    }

    private PageForm visitForm(UUID id) {
        return new PageForm(id, youngPeople.facts(id).name())
                .choices("kind", Arrays.stream(VisitKind.values()).map(kind -> new Choice(kind.name(), kind.words())).toList());
    }
}
