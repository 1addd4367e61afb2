package app.waypoint.web.me;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.web.shell.SignedIn;
import app.waypoint.youngpersonview.domain.access.AccessSummary;
import app.waypoint.youngpersonview.domain.access.YoungPersonAccessService;
import app.waypoint.youngpersonview.domain.voice.TheirViewsService;
import app.waypoint.youngpersonview.domain.voice.ViewsResponse;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A young person's own Waypoint as their workers see it, from their file: whether they are invited (a worker invites them
 * with the e-mail or mobile their codes go to, a manager revokes it), and the views they gave, dated and in their own words.
 */
@Path("/young-people/{id}/waypoint")
@Produces(MediaType.TEXT_HTML)
class TheirWaypointPage {

    private final YoungPersonAccessService access;
    private final TheirViewsService views;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    TheirWaypointPage(YoungPersonAccessService access, TheirViewsService views, YoungPersonService youngPeople, SignedIn signedIn) {
        this.access = access;
        this.views = views;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance theirWaypoint(UUID id, String name, AccessSummary access, List<ViewsResponse> views, String contact,
                                                     String error);
    }

    @GET
    public TemplateInstance show(@PathParam("id") UUID id) {
        return page(id, null, null);
    }

    @POST
    @Path("invitation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") UUID id, @FormParam("contact") String contact) {
        try {
            access.invite(id, contact, signedIn.caller());
            return Response.seeOther(URI.create("/young-people/" + id + "/waypoint")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(id, contact, e.errors().get(0).message())).build();
        }
    }

    @POST
    @Path("revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") UUID id) {
        access.revoke(id, signedIn.caller());
        return Response.seeOther(URI.create("/young-people/" + id + "/waypoint")).build();
    }

    private TemplateInstance page(UUID id, String contact, String error) {
        Caller caller = signedIn.caller();
        AccessSummary summary = access.access(id, caller);
        return Templates.theirWaypoint(id, youngPeople.facts(id).name(), summary, views.list(id, caller), contact, error);
    }
}
