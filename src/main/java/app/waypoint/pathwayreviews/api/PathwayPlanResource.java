package app.waypoint.pathwayreviews.api;

import app.waypoint.pathwayreviews.domain.plan.CopyGivenRequest;
import app.waypoint.pathwayreviews.domain.plan.OpenActionsResponse;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanService;
import app.waypoint.pathwayreviews.domain.plan.PlanVersionSummary;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest;
import app.waypoint.pathwayreviews.domain.plan.SignOffRequest;
import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/young-people/{id}/pathway-plan")
@Tag(name = "Pathway plans", description = "Pathway plans: drafts, sign-off, versions and the actions they set")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class PathwayPlanResource {

    private final PathwayPlanService plans;
    private final CurrentCaller caller;

    PathwayPlanResource(PathwayPlanService plans, CurrentCaller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The current pathway plan: the draft if there is one, else the last signed-off version (404 if none)")
    public PathwayPlanResponse current(@PathParam("id") UUID id) {
        return plans.current(id, caller.get());
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every version of the plan, newest first")
    public List<PlanVersionSummary> versions(@PathParam("id") UUID id) {
        return plans.versions(id, caller.get());
    }

    @GET
    @Path("/versions/{version}")
    @Operation(summary = "One version of the plan")
    public PathwayPlanResponse version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return plans.version(id, version, caller.get());
    }

    @PUT
    @Path("/draft")
    @Operation(summary = "Save the draft (replaces it, or starts a new version from the last signed-off one); 422 naming each action "
            + "without an owner who is staff or a due date, and nothing is saved (the allocated worker or adviser, a manager, an admin)")
    @Consumes(MediaType.APPLICATION_JSON)
    public PathwayPlanResponse saveDraft(@PathParam("id") UUID id, @Valid @NotNull SavePlanDraftRequest request) {
        return plans.saveDraft(id, request, caller.get());
    }

    @POST
    @Path("/sign-off")
    @Operation(summary = "Sign off the draft with an oversight note (a team manager or an admin); 422 without a contingency plan, "
            + "409 without a draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public PathwayPlanResponse signOff(@PathParam("id") UUID id, @Valid @NotNull SignOffRequest request) {
        return plans.signOff(id, request, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/copy-given")
    @Operation(summary = "Record the date a copy of the last signed-off plan was given to the young person (once; 409 the second time)")
    public PathwayPlanResponse copyGiven(@PathParam("id") UUID id, @Valid @NotNull CopyGivenRequest request) {
        return plans.copyGiven(id, request, caller.get());
    }

    @GET
    @Path("/open-actions")
    @Operation(summary = "The actions still open in the last signed-off plan: the next review's agenda opens with them")
    public OpenActionsResponse openActions(@PathParam("id") UUID id) {
        return plans.openActions(id, caller.get());
    }
}
