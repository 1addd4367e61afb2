package app.waypoint.serviceview.api;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.serviceview.domain.CareLeavers22To25;
import app.waypoint.serviceview.domain.CareLeavers22To25Report;
import app.waypoint.serviceview.domain.FigureMember;
import app.waypoint.serviceview.domain.FigureSummary;
import app.waypoint.serviceview.domain.InspectorList;
import app.waypoint.serviceview.domain.InspectorSpreadsheet;
import app.waypoint.serviceview.domain.ListPeriod;
import app.waypoint.serviceview.domain.Oc3Validation;
import app.waypoint.serviceview.domain.ServiceOverview;
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
import java.io.ByteArrayOutputStream;
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
    private final ServiceOverview overview;
    private final InspectorList inspectorList;
    private final InspectorSpreadsheet spreadsheet;
    private final Ssda903CareLeavers ssda903;
    private final CareLeavers22To25 olderCareLeavers;
    private final CurrentCaller caller;

    ServiceViewResource(ServiceViewService service, ServiceOverview overview, InspectorList inspectorList, InspectorSpreadsheet spreadsheet,
                        Ssda903CareLeavers ssda903, CareLeavers22To25 olderCareLeavers, CurrentCaller caller) {
        this.service = service;
        this.overview = overview;
        this.inspectorList = inspectorList;
        this.spreadsheet = spreadsheet;
        this.ssda903 = ssda903;
        this.olderCareLeavers = olderCareLeavers;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every figure of the service view for the caller's teams as of today's snapshot (asOf: when it was counted; "
            + "taken now for a team not yet counted today), each with its rule, counted of total, and by group; one figure's own "
            + "operation counts it live")
    public ServiceViewResponse view() {
        return overview.view(caller.get());
    }

    @GET
    @Path("/care-leavers")
    @Produces("text/csv")
    @Operation(summary = "The inspector's list of care leavers (Ofsted ILACS Annex A columns, then Waypoint's own) of the caller's "
            + "teams as CSV, one line per relevant, former relevant or qualifying young person: today, or at any time from `from` "
            + "to `to` (yyyy-MM-dd, both included; one alone: to today, or that day)")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "400", description = "A day that cannot be read, in the future, or a start after the end",
            content = @Content(mediaType = "application/problem+json"))
    public Response careLeavers(@QueryParam("from") @Size(max = 10) String from, @QueryParam("to") @Size(max = 10) String to) {
        ListPeriod period = inspectorList.period(from, to);
        StringWriter csv = new StringWriter();
        inspectorList.csv(caller.get(), period, csv);
        return Response.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"care-leavers.csv\"").build();
    }

    @GET
    @Path("/care-leavers.xlsx")
    @Produces(InspectorSpreadsheet.MEDIA_TYPE)
    @Operation(summary = "The inspector's list of care leavers as a spreadsheet (xlsx): the same rows and columns as the CSV, a bold "
            + "frozen header row, days as date cells; today, or at any time from `from` to `to` as the CSV")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(mediaType = InspectorSpreadsheet.MEDIA_TYPE))
    @APIResponse(responseCode = "400", description = "A day that cannot be read, in the future, or a start after the end",
            content = @Content(mediaType = "application/problem+json"))
    public Response careLeaversSpreadsheet(@QueryParam("from") @Size(max = 10) String from, @QueryParam("to") @Size(max = 10) String to) {
        ListPeriod period = inspectorList.period(from, to);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        spreadsheet.write(caller.get(), period, xlsx);
        return Response.ok(xlsx.toByteArray()).header("Content-Disposition", "attachment; filename=\"care-leavers.xlsx\"").build();
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
    @Path("/ssda903/care-leavers-22-to-25")
    @Operation(summary = "Care leavers aged 22 to 25 of the caller's teams in the collection year ending 31 March of year (default the "
            + "last complete one), as the DfE publishes them: former relevant young people with a 22nd to 25th birthday in it, by that "
            + "age, who requested and received support (a personal adviser allocated in the year) or were not in touch; the "
            + "accommodation code on that birthday of those supported; and each young person")
    @APIResponse(responseCode = "200", description = "The figures and the young people counted")
    @APIResponse(responseCode = "400", description = "Not a collection year that can be returned",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not a manager or administrator", content = @Content(mediaType = "application/problem+json"))
    public CareLeavers22To25Report careLeavers22To25(@QueryParam("year") @Size(max = 10) String year) {
        return olderCareLeavers.report(caller.get(), olderCareLeavers.year(year));
    }

    @GET
    @Path("/ssda903/care-leavers-22-to-25.csv")
    @Produces("text/csv")
    @Operation(summary = "The young people of the care leavers aged 22 to 25 figures for the collection year as CSV: local id, date of "
            + "birth, age on their birthday in the year, requested and received support (Yes or No), accommodation code")
    @APIResponse(responseCode = "200", description = "The young people", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "400", description = "Not a collection year that can be returned",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not a manager or administrator", content = @Content(mediaType = "application/problem+json"))
    public Response careLeavers22To25Csv(@QueryParam("year") @Size(max = 10) String year) {
        int chosen = olderCareLeavers.year(year);
        StringWriter csv = new StringWriter();
        olderCareLeavers.csv(caller.get(), chosen, csv);
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"care-leavers-22-to-25-" + chosen + ".csv\"").build();
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
