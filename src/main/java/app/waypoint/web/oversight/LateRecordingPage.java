package app.waypoint.web.oversight;

import app.waypoint.people.contacts.LateContact;
import app.waypoint.people.contacts.LateRecordingReport;
import app.waypoint.people.contacts.LateRecordingService.Period;
import app.waypoint.people.contacts.LateRecordingService;
import app.waypoint.people.staff.Caller;
import app.waypoint.web.shell.DueWording;
import app.waypoint.web.shell.PageForm;
import app.waypoint.web.shell.PageTimes;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The late-recording report for managers (their teams) and administrators: per team and per member of staff, contacts recorded
 * in a period, how many late, the median and longest delay in working days; a member of staff's late contacts below. The
 * figures, who may see them and the audit of the young people listed are the contacts feature's.
 */
@Path("/reports/late-recording")
@Produces(MediaType.TEXT_HTML)
class LateRecordingPage {

    private final LateRecordingService report;
    private final SignedIn signedIn;

    LateRecordingPage(LateRecordingService report, SignedIn signedIn) {
        this.report = report;
        this.signedIn = signedIn;
    }

    /** A row of the figures as shown: whose, the counts, the delays in words, and the link to their contacts (staff only). */
    record Row(String name, String team, long recorded, long late, String share, String median, int longest, String link) {
    }

    /** A contact behind the figures as shown. */
    record ContactRow(LateContact contact, String youngPersonLink, String contactOn, String recordedOn, String reason) {
    }

    record View(PageForm period, String periodWords, int threshold, List<Row> teams, List<Row> staff, String worker,
                List<ContactRow> contacts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lateRecording(View view);
    }

    @GET
    public Response show(@QueryParam("from-day") String fromDay, @QueryParam("from-month") String fromMonth,
                         @QueryParam("from-year") String fromYear, @QueryParam("to-day") String toDay, @QueryParam("to-month") String toMonth,
                         @QueryParam("to-year") String toYear, @QueryParam("worker") String worker) {
        Caller caller = signedIn.caller();
        PageForm form = new PageForm(null, "late recording").typed("from-day", fromDay).typed("from-month", fromMonth)
                .typed("from-year", fromYear).typed("to-day", toDay).typed("to-month", toMonth).typed("to-year", toYear);
        LocalDate from = form.date("from", null);
        LocalDate to = form.date("to", null);
        if (from != null && to != null && from.isAfter(to)) {
            form.error("from", "The start of the period must be on or before its end");
        }
        if (form.hasErrors()) {
            from = null;
            to = null;
        }
        Period period = report.period(from, to);
        if (!form.hasErrors()) {
            shown(form, "from", period.from());
            shown(form, "to", period.to());
        }
        LateRecordingReport figures = report.report(period.from(), period.to(), null, caller);
        List<ContactRow> contacts = worker == null || worker.isBlank() ? List.of()
                : report.contacts(period.from(), period.to(), null, worker, true, caller).stream().map(LateRecordingPage::contactRow).toList();
        View view = new View(form, DueWording.date(period.from()) + " to " + DueWording.date(period.to()), figures.thresholdWorkingDays(),
                figures.teams().stream().map(team -> new Row(team.team(), team.team(), team.recorded(), team.late(),
                        share(team.late(), team.recorded()), days(team.medianWorkingDays()), team.maxWorkingDays(), null)).toList(),
                figures.workers().stream().map(member -> new Row(member.name(), member.team(), member.recorded(), member.late(),
                        share(member.late(), member.recorded()), days(member.medianWorkingDays()), member.maxWorkingDays(),
                        link(period, member.username()))).toList(),
                figures.workers().stream().filter(member -> member.username().equals(worker)).map(member -> member.name()).findFirst()
                        .orElse(null),
                contacts);
        TemplateInstance page = Templates.lateRecording(view);
        return form.hasErrors() ? PageForm.unprocessable(page) : Response.ok(page.render(), MediaType.TEXT_HTML_TYPE).build();
    }

    private static void shown(PageForm form, String field, LocalDate day) {
        form.typed(field + "-day", String.valueOf(day.getDayOfMonth())).typed(field + "-month", String.valueOf(day.getMonthValue()))
                .typed(field + "-year", String.valueOf(day.getYear()));
    }

    private static ContactRow contactRow(LateContact contact) {
        return new ContactRow(contact, "/young-people/" + contact.youngPersonId(), DueWording.date(contact.contactOn()),
                PageTimes.day(contact.recordedAt()), contact.lateReason() == null ? "None given" : contact.lateReason());
    }

    private static String link(Period period, String username) {
        return UriBuilder.fromPath("/reports/late-recording")
                .queryParam("from-day", period.from().getDayOfMonth()).queryParam("from-month", period.from().getMonthValue())
                .queryParam("from-year", period.from().getYear()).queryParam("to-day", period.to().getDayOfMonth())
                .queryParam("to-month", period.to().getMonthValue()).queryParam("to-year", period.to().getYear())
                .queryParam("worker", username).fragment("contacts").build().toString();
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "—" : Math.round(100.0 * part / whole) + "%";
    }

    private static String days(double workingDays) {
        return String.format(Locale.UK, workingDays == Math.rint(workingDays) ? "%.0f" : "%.1f", workingDays);
    }
}
