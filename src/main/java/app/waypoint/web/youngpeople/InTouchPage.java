package app.waypoint.web.youngpeople;

import app.waypoint.intouch.domain.InTouchResponse;
import app.waypoint.intouch.domain.InTouchService;
import app.waypoint.intouch.domain.NotInTouchDecisionRequest;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.web.shell.DueWording;
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
import java.util.UUID;

/**
 * Keeping in touch with a young person: the state (people/contacts InTouchRule), the open lost-touch record with the worker's
 * re-engagement plan, and, for a manager while the young person is possibly not in touch, the form to record "not in touch".
 * The rules are the intouch feature's; the page shows its {@code allowedActions}.
 */
@Path("/young-people/{id}/in-touch")
@Produces(MediaType.TEXT_HTML)
class InTouchPage {

    private static final int MAX_REASONS = 2000;

    private final InTouchService inTouch;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    InTouchPage(InTouchService inTouch, YoungPersonService youngPeople, SignedIn signedIn) {
        this.inTouch = inTouch;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    /** The state as read, and the decision form when the caller may record one. */
    record View(InTouchResponse state, String summary, boolean mayDecide, PageForm form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inTouch(View view);
    }

    @GET
    public TemplateInstance show(@PathParam("id") UUID id) {
        InTouchResponse state = inTouch.status(id, signedIn.caller());
        return Templates.inTouch(view(state, new PageForm(id, youngPeople.facts(id).name())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @FormParam("decidedOn-day") String day, @FormParam("decidedOn-month") String month,
                           @FormParam("decidedOn-year") String year, @FormParam("reasons") String reasons) {
        Caller caller = signedIn.caller();
        InTouchResponse state = inTouch.status(id, caller);
        if (!state.allowedActions().contains(InTouchResponse.RECORD_DECISION)) {
            throw new ForbiddenException("You cannot record that this young person is not in touch.");
        }
        PageForm form = new PageForm(id, youngPeople.facts(id).name()).typed("decidedOn-day", day).typed("decidedOn-month", month)
                .typed("decidedOn-year", year).typed("reasons", reasons);
        LocalDate on = form.date("decidedOn", "Enter the day of the decision");
        String why = form.required("reasons", "Enter the reasons", MAX_REASONS);
        if (!form.hasErrors()) {
            try {
                inTouch.decide(id, new NotInTouchDecisionRequest(on, why), caller);
                return PageForm.backToFile(id, "contacts");
            } catch (InvalidInputException | RuleViolationException | ConflictException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.inTouch(view(state, form)));
    }

    private static View view(InTouchResponse state, PageForm form) {
        String since = state.since() == null || state.lostTouch() == null ? "" : " since " + DueWording.date(state.since());
        String last = state.lastContactMadeOn() == null ? "No contact made is recorded."
                : "Last contact made " + DueWording.date(state.lastContactMadeOn()) + " (" + state.daysSinceContact()
                + (state.daysSinceContact() == 1 ? " day ago)." : " days ago).");
        return new View(state, state.stateWords() + since + ". " + last, state.allowedActions().contains(InTouchResponse.RECORD_DECISION), form);
    }
}
