package app.waypoint.web.plans;

import app.waypoint.pathwayreviews.domain.plan.CopyGivenRequest;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanAction;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanService;
import app.waypoint.pathwayreviews.domain.plan.PlanStatus;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
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
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.UUID;

/** Records the day a copy of the last signed-off plan was given to the young person (day, month and year), once. */
@Path("/young-people/{id}/pathway-plan/copy-given")
@Produces(MediaType.TEXT_HTML)
class PathwayPlanCopyPage {

    private final PathwayPlanService plans;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    PathwayPlanCopyPage(PathwayPlanService plans, YoungPersonService youngPeople, SignedIn signedIn) {
        this.plans = plans;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance copyGiven(PageForm form, int version);
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) {
        int version = allowed(id, signedIn.caller());
        return Templates.copyGiven(new PageForm(id, youngPeople.facts(id).name()), version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID id, @FormParam("givenOn-day") String day, @FormParam("givenOn-month") String month,
                           @FormParam("givenOn-year") String year) {
        Caller caller = signedIn.caller();
        int version = allowed(id, caller);
        PageForm form = new PageForm(id, youngPeople.facts(id).name()).typed("givenOn-day", day).typed("givenOn-month", month)
                .typed("givenOn-year", year);
        LocalDate givenOn = form.date("givenOn", "Enter the day the copy was given");
        if (!form.hasErrors()) {
            try {
                plans.copyGiven(id, new CopyGivenRequest(givenOn), caller);
                return Response.seeOther(UriBuilder.fromPath("/young-people/{id}/pathway-plan").build(id)).build();
            } catch (RuleViolationException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.copyGiven(form, version));
    }

    /** The last signed-off version, if the plan's rules let the caller record its copy; 404 without one, else 403. */
    private int allowed(UUID id, Caller caller) {
        PathwayPlanResponse signedOff = plans.versions(id, caller).stream().filter(version -> version.status() == PlanStatus.SIGNED_OFF)
                .findFirst().map(version -> plans.version(id, version.version(), caller))
                .orElseThrow(() -> new NotFoundException("signed-off pathway plan", id.toString()));
        if (!signedOff.allowedActions().contains(PathwayPlanAction.RECORD_COPY_GIVEN)) {
            throw new ForbiddenException("The copy given is recorded once, by the young person's worker, adviser or manager.");
        }
        return signedOff.version();
    }
}
