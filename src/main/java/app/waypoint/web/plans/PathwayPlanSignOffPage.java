package app.waypoint.web.plans;

import app.waypoint.pathwayreviews.domain.plan.PathwayPlanAction;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanService;
import app.waypoint.pathwayreviews.domain.plan.SignOffRequest;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.web.plans.PathwayPlanSections.Plan;
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
import java.util.UUID;

/**
 * A manager signs off the draft of the pathway plan with a note of their oversight; offered only when the plan's
 * {@code allowedActions} allow it. The plan's rules refuse a plan without a contingency plan, shown at the top.
 */
@Path("/young-people/{id}/pathway-plan/sign-off")
@Produces(MediaType.TEXT_HTML)
class PathwayPlanSignOffPage {

    private final PathwayPlanService plans;
    private final PathwayPlanSections sections;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    PathwayPlanSignOffPage(PathwayPlanService plans, PathwayPlanSections sections, YoungPersonService youngPeople, SignedIn signedIn) {
        this.plans = plans;
        this.sections = sections;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signOff(PageForm form, Plan plan);
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) {
        Plan plan = allowed(id, signedIn.caller());
        return Templates.signOff(new PageForm(id, youngPeople.facts(id).name()), plan);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOff(@PathParam("id") UUID id, @FormParam("oversightNote") String note) {
        Caller caller = signedIn.caller();
        Plan plan = allowed(id, caller);
        PageForm form = new PageForm(id, youngPeople.facts(id).name()).typed("oversightNote", note);
        String oversightNote = form.required("oversightNote", "Enter your oversight note", 4000);
        if (!form.hasErrors()) {
            try {
                plans.signOff(id, new SignOffRequest(oversightNote), caller);
                return Response.seeOther(UriBuilder.fromPath("/young-people/{id}/pathway-plan").build(id)).build();
            } catch (RuleViolationException refused) {
                // the plan's own rules (a contingency plan): not a field of this form, so each stands at the top
                refused.errors().forEach(error -> form.error(null, sentence(error.message())));
                if (refused.errors().isEmpty()) {
                    form.error(null, refused.getMessage());
                }
            }
        }
        return PageForm.unprocessable(Templates.signOff(form, plan));
    }

    /** 404 for a young person the caller may not see or with no plan, 403 unless the plan's rules let them sign it off. */
    private Plan allowed(UUID id, Caller caller) {
        PathwayPlanResponse current = plans.current(id, caller);
        if (!current.allowedActions().contains(PathwayPlanAction.SIGN_OFF)) {
            throw new ForbiddenException("A manager of the young person's team signs off a draft pathway plan.");
        }
        return sections.of(current);
    }

    private static String sentence(String message) {
        return message == null || message.isEmpty() ? "The plan cannot be signed off yet"
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
