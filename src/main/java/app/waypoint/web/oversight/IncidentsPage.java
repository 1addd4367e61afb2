package app.waypoint.web.oversight;

import app.waypoint.incidents.domain.IncidentResponse;
import app.waypoint.incidents.domain.IncidentService;
import app.waypoint.incidents.domain.RetriedResponse;
import app.waypoint.incidents.domain.RetryKindRequest;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.NotFoundException;
import app.waypoint.web.shell.PageTimes;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;

/**
 * Failed process steps, for administrators: what stopped (or is still being retried), about whom, why, and since when, with a
 * button to retry one or every failure of the same step. Others get the "Page not found" page.
 */
@Path("/incidents")
@Produces(MediaType.TEXT_HTML)
class IncidentsPage {

    private final IncidentService incidents;
    private final SignedIn signedIn;

    IncidentsPage(IncidentService incidents, SignedIn signedIn) {
        this.incidents = incidents;
        this.signedIn = signedIn;
    }

    /** The page; {@code retried} is how many steps were just given another attempt, for the confirmation (-1: none). */
    record View(List<Row> stopped, List<Row> retrying, int retried) {
    }

    /** A failed step in words; {@code sameStep} is how many failed at the same step of the same process. */
    record Row(String jobId, String process, String processKey, String step, String stepId, String youngPerson, String error,
               String since, int retriesLeft, long sameStep) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance incidents(View view);
    }

    @GET
    public TemplateInstance show(@QueryParam("retried") @DefaultValue("-1") int retried) {
        List<IncidentResponse> failed = incidents.failedSteps(admin());
        List<Row> rows = failed.stream().map(incident -> row(incident, failed)).toList();
        return Templates.incidents(new View(rows.stream().filter(row -> row.retriesLeft() == 0).toList(),
                rows.stream().filter(row -> row.retriesLeft() > 0).toList(), retried));
    }

    @POST
    @Path("/{jobId}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("jobId") String jobId) {
        incidents.retry(jobId, admin());
        return retried(1);
    }

    @POST
    @Path("/retries")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retryAll(@FormParam("processKey") String processKey, @FormParam("stepId") String stepId) {
        RetriedResponse retried = incidents.retryAll(new RetryKindRequest(processKey, stepId), admin());
        return retried(retried.retried());
    }

    private Caller admin() {
        Caller caller = signedIn.caller();
        if (!caller.is(StaffRole.ADMIN)) {
            throw new NotFoundException("page", "incidents");
        }
        return caller;
    }

    private static Response retried(int count) {
        return Response.seeOther(UriBuilder.fromPath("/incidents").queryParam("retried", count).build()).build();
    }

    private static Row row(IncidentResponse incident, List<IncidentResponse> all) {
        long sameStep = all.stream().filter(other -> other.stopped() == incident.stopped()
                && incident.stepId() != null && incident.stepId().equals(other.stepId())
                && incident.processKey() != null && incident.processKey().equals(other.processKey())).count();
        return new Row(incident.jobId(), incident.process(), incident.processKey(), incident.step(), incident.stepId(),
                incident.youngPerson(), incident.error(), PageTimes.when(incident.since()), incident.retriesLeft(), sameStep);
    }
}
