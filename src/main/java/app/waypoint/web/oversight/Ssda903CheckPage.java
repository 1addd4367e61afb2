package app.waypoint.web.oversight;

import app.waypoint.serviceview.domain.Oc3Failure;
import app.waypoint.serviceview.domain.Oc3Validation;
import app.waypoint.serviceview.domain.Ssda903CareLeavers;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * "Check the return before submitting": the DfE's validation rules applied to the SSDA903 care-leaver table (OC3) of a
 * collection year, each failure listed against the young person with a link to the part of their record that fixes it. For
 * managers and administrators, as the OC3 download; the validation, who may see it and its audit are the service view's.
 */
@Path("/service/ssda903-oc3/check")
@Produces(MediaType.TEXT_HTML)
class Ssda903CheckPage {

    private final Ssda903CareLeavers ssda903;
    private final SignedIn signedIn;

    Ssda903CheckPage(Ssda903CareLeavers ssda903, SignedIn signedIn) {
        this.ssda903 = ssda903;
        this.signedIn = signedIn;
    }

    /** The check of a year: the years to choose from, how many lines, each failure, and the rules applied. */
    record Check(int year, String words, List<ServiceViewPage.CollectionYear> years, int lines, List<Failure> failures,
                 List<Rule> rules) {
    }

    /** A rule checked: its number, the fields it points at, its message. */
    record Rule(String code, String fields, String message) {
    }

    /** A failure as listed: the rule, the fields in words, the young person, the values exported and where to fix them. */
    record Failure(String rule, String message, String fields, String name, String localId, String values, String recordLink,
                   String fixLink, String fixWords) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance check(Check view);
    }

    @GET
    public TemplateInstance check(@QueryParam("year") String year) {
        int chosen = ssda903.year(year);
        Oc3Validation validation = ssda903.validation(signedIn.caller(), chosen);
        List<ServiceViewPage.CollectionYear> years = ssda903.years().stream()
                .map(option -> new ServiceViewPage.CollectionYear(option, words(option), option == chosen)).toList();
        return Templates.check(new Check(chosen, words(chosen), years, validation.lines(),
                validation.failures().stream().map(Ssda903CheckPage::failure).toList(),
                ssda903.rules().stream().map(rule -> new Rule(rule.code(), String.join(", ", rule.fields()), rule.message())).toList()));
    }

    static String words(int year) {
        return "1 April " + (year - 1) + " to 31 March " + year;
    }

    private static Failure failure(Oc3Failure failure) {
        String record = "/young-people/" + failure.youngPersonId();
        List<String> fields = failure.fields();
        String fixLink;
        String fixWords;
        if (fields.contains("ACCOM") && !fields.contains("IN_TOUCH")) {
            fixLink = record + "#accommodation";
            fixWords = "Their accommodation";
        } else if (fields.contains("IN_TOUCH")) {
            fixLink = record + "/in-touch";
            fixWords = "Keeping in touch";
        } else if (fields.contains("ACTIV")) {
            fixLink = record + "#record-now";
            fixWords = "Their activity now";
        } else {
            fixLink = record;
            fixWords = "Their record";
        }
        String values = "IN_TOUCH " + shown(failure.inTouch()) + ", ACTIV " + shown(failure.activity()) + ", ACCOM "
                + shown(failure.accommodation()) + ", DOB " + shown(failure.dateOfBirth());
        return new Failure(failure.rule(), failure.message(), String.join(", ", fields), failure.name(), failure.localId(), values,
                record, fixLink, fixWords);
    }

    private static String shown(String cell) {
        return cell == null || cell.isBlank() ? "blank" : cell;
    }
}
