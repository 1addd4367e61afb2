package app.waypoint.web.youngpeople;

import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.transitions.TransitionService;
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
import java.util.UUID;
import java.util.function.BiPredicate;

/** A manager of the young person's team opens their leaving-care transition (after a confirmation), or closes it early with the reason. */
@Path("/young-people/{id}/transition")
@Produces(MediaType.TEXT_HTML)
class TransitionPage {

    private final TransitionService transitions;
    private final VisibilityService visibility;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    TransitionPage(TransitionService transitions, VisibilityService visibility, YoungPersonService youngPeople, SignedIn signedIn) {
        this.transitions = transitions;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(PageForm form);

        static native TemplateInstance closure(PageForm form);
    }

    @GET
    @Path("/start")
    public TemplateInstance confirmStart(@PathParam("id") UUID id) {
        allowed(id, transitions::mayStart);
        return Templates.start(new PageForm(id, youngPeople.facts(id).name()));
    }

    @POST
    @Path("/start")
    public Response start(@PathParam("id") UUID id) {
        transitions.start(id, allowed(id, transitions::mayStart));
        return PageForm.backToFile(id, "transition");
    }

    @GET
    @Path("/closure")
    public TemplateInstance closureForm(@PathParam("id") UUID id) {
        allowed(id, transitions::mayClose);
        return Templates.closure(new PageForm(id, youngPeople.facts(id).name()));
    }

    @POST
    @Path("/closure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        Caller caller = allowed(id, transitions::mayClose);
        PageForm form = new PageForm(id, youngPeople.facts(id).name()).typed("reason", reason);
        String why = form.required("reason", "Enter why the young person asked to close their transition", 2000);
        if (form.hasErrors()) {
            return PageForm.unprocessable(Templates.closure(form));
        }
        transitions.requestClosure(id, why, caller);
        return PageForm.backToFile(id, "transition");
    }

    /** 404 for a young person the caller may not see, 403 when the transition service does not offer them the action now. */
    private Caller allowed(UUID id, BiPredicate<UUID, Caller> may) {
        Caller caller = signedIn.caller();
        visibility.requireVisible(id, caller);
        if (!may.test(id, caller)) {
            throw new ForbiddenException("You cannot do this to the young person's transition now.");
        }
        return caller;
    }
}
