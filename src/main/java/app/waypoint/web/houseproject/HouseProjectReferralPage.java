package app.waypoint.web.houseproject;

import app.waypoint.houseproject.domain.membership.HouseProjectService;
import app.waypoint.houseproject.domain.records.ReferralRequest;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
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

/** The young person's social worker or personal adviser refers them to the House Project, saying why. */
@Path("/young-people/{id}/house-project/referral")
@Produces(MediaType.TEXT_HTML)
class HouseProjectReferralPage {

    private final HouseProjectService houseProject;
    private final VisibilityService visibility;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    HouseProjectReferralPage(HouseProjectService houseProject, VisibilityService visibility, YoungPersonService youngPeople,
                             SignedIn signedIn) {
        this.houseProject = houseProject;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance referral(PageForm form);
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) {
        allowed(id);
        return Templates.referral(new PageForm(id, youngPeople.facts(id).name()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refer(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        Caller caller = allowed(id);
        PageForm form = new PageForm(id, youngPeople.facts(id).name()).typed("reason", reason);
        String why = form.required("reason", "Enter why you are referring them", 4000);
        if (!form.hasErrors()) {
            try {
                houseProject.refer(id, new ReferralRequest(why), caller);
                return PageForm.backToFile(id, "house-project");
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.referral(form));
    }

    /** 404 for a young person the caller may not see, 403 when the House Project does not take a referral from them now. */
    private Caller allowed(UUID id) {
        Caller caller = signedIn.caller();
        visibility.requireVisible(id, caller);
        if (!houseProject.mayRefer(id, caller)) {
            throw new ForbiddenException("Only the young person's social worker or personal adviser refers them to the House Project, "
                    + "from 16 and when they are not in it already.");
        }
        return caller;
    }
}
