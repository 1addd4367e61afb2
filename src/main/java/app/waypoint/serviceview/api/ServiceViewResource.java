package app.waypoint.serviceview.api;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.serviceview.domain.FigureMember;
import app.waypoint.serviceview.domain.FigureSummary;
import app.waypoint.serviceview.domain.InspectorList;
import app.waypoint.serviceview.domain.Oc3Validation;
import app.waypoint.serviceview.domain.ServiceViewResponse;
import app.waypoint.serviceview.domain.ServiceViewService;
import app.waypoint.serviceview.domain.Ssda903CareLeavers;
import app.waypoint.serviceview.domain.TrendPoint;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service view for managers (the teams they manage or are above) and administrators (every team): each figure with its
 * rule, its 12-month trend, and the young people or staff behind it. Workers and IROs are refused (403).
 */
@Path("/api/service-view")
@Tag(name = "Service view", description = "The service's figures for managers and leaders, their trends and the people behind them; the inspector's care-leaver list")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
class ServiceViewResource {

    private final ServiceViewService service;
    private final InspectorList inspectorList;
    private final Ssda903CareLeavers ssda903;
    private final CurrentCaller caller;

    ServiceViewResource(ServiceViewService service, InspectorList inspectorList, Ssda903CareLeavers ssda903, CurrentCaller caller) {
        this.service = service;
        this.inspectorList = inspectorList;
        this.ssda903 = ssda903;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every figure of the service view today for the caller's teams, each with its rule, counted of total, and by group")
    public ServiceViewResponse view() {
        return service.view(caller.get());
    }

    @GET
    @Path("/care-leavers")
    @Produces("text/csv")
    @Operation(summary = "The inspector's list of care leavers (Ofsted ILACS Annex A columns, then Waypoint's own) of the caller's "
            + "teams as CSV, one line per relevant, former relevant or qualifying young person")
    public Response careLeavers() {
        StringWriter csv = new StringWriter();
        inspectorList.csv(caller.get(), csv);
        return Response.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"care-leavers.csv\"").build();
    }

    @GET
    @Path("/ssda903/oc3")
    @Produces("text/csv")
    @Operation(summary = "The SSDA903 care-leaver table (OC3) of the caller's teams as CSV for the collection year ending 31 March of "
            + "year (default the last complete one): relevant and former relevant young people with a 17th to 21st birthday in it, "
            + "with in touch, activity and accommodation as coded on that birthday")
    public Response ssda903CareLeavers(@QueryParam("year") @Size(max = 10) String year) {
        int chosen = ssda903.year(year);
        StringWriter csv = new StringWriter();
        ssda903.csv(caller.get(), chosen, csv);
        return Response.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"ssda903-oc3-" + chosen + ".csv\"").build();
    }

    @GET
    @Path("/ssda903/oc3/validation")
    @Operation(summary = "The DfE's validation rules applied to the SSDA903 care-leaver table (OC3) of the caller's teams for the "
            + "collection year ending 31 March of year (default the last complete one), exactly as exported: each failure with the "
            + "DfE's rule number and message, the fields, and the young person (id, name, local id) to fix the record of")
    @APIResponse(responseCode = "200", description = "The lines checked and each failure (none: the table passes)")
    @APIResponse(responseCode = "400", description = "Not a collection year that can be returned",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not a manager or administrator", content = @Content(mediaType = "application/problem+json"))
    public Oc3Validation ssda903CareLeaversValidation(@QueryParam("year") @Size(max = 10) String year) {
        return ssda903.validation(caller.get(), ssda903.year(year));
    }

    @GET
    @Path("/figures/{figure}")
    @Operation(summary = "One figure today for the caller's teams (figure by its key, e.g. plans-16-17)")
    public FigureSummary figure(@PathParam("figure") @Size(max = 60) String figure) {
        return service.figure(figure, caller.get());
    }

    @GET
    @Path("/figures/{figure}/trend")
    @Operation(summary = "The figure on each day of the last 12 months with a daily snapshot, summed over the caller's teams, oldest first")
    public List<TrendPoint> trend(@PathParam("figure") @Size(max = 60) String figure) {
        return service.trend(figure, caller.get());
    }

    @GET
    @Path("/figures/{figure}/members")
    @Operation(summary = "The young people (or staff) behind the figure: the rows it counts (counted=false: those it does not), of one "
            + "group (its code) or all, by name, a page at a time")
    public Page<FigureMember> members(@PathParam("figure") @Size(max = 60) String figure,
                                      @QueryParam("counted") @DefaultValue("true") boolean counted,
                                      @QueryParam("group") @Size(max = 200) String group,
                                      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return service.members(figure, counted, group, new Paging(page, size), caller.get());
    }
}
