package app.waypoint.web.oversight;

import app.waypoint.serviceview.domain.CareLeavers22To25;
import app.waypoint.serviceview.domain.CareLeavers22To25Report;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.List;

/**
 * Care leavers aged 22 to 25 in an SSDA903 collection year: how many requested and received support and how many were not in
 * touch, by age; the accommodation of those supported; and each young person, linked to their record, with the CSV download.
 * For managers and administrators; the figures, who may see them and their audit are {@link CareLeavers22To25}'s.
 */
@Path("/service/care-leavers-22-to-25")
@Produces(MediaType.TEXT_HTML)
class CareLeavers22To25Page {

    private final CareLeavers22To25 careLeavers;
    private final SignedIn signedIn;

    CareLeavers22To25Page(CareLeavers22To25 careLeavers, SignedIn signedIn) {
        this.careLeavers = careLeavers;
        this.signedIn = signedIn;
    }

    /** The year's figures as shown, with the years to choose from. */
    record Figures(int year, String words, List<ServiceViewPage.CollectionYear> years, CareLeavers22To25Report report) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance figures(Figures view);
    }

    @GET
    public TemplateInstance figures(@QueryParam("year") String year) {
        int chosen = careLeavers.year(year);
        List<ServiceViewPage.CollectionYear> years = careLeavers.years().stream()
                .map(option -> new ServiceViewPage.CollectionYear(option, Ssda903CheckPage.words(option), option == chosen)).toList();
        return Templates.figures(new Figures(chosen, Ssda903CheckPage.words(chosen), years, careLeavers.report(signedIn.caller(), chosen)));
    }

    /** The young people of the year chosen as CSV, as the API gives it. */
    @GET
    @Path("/download")
    @Produces("text/csv")
    public Response csv(@QueryParam("year") String year) {
        int chosen = careLeavers.year(year);
        StringWriter csv = new StringWriter();
        careLeavers.csv(signedIn.caller(), chosen, csv);
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"care-leavers-22-to-25-" + chosen + ".csv\"").build();
    }
}
