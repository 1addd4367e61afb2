package app.waypoint.web.oversight;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.serviceview.domain.FigureMember;
import app.waypoint.serviceview.domain.FigureSummary;
import app.waypoint.serviceview.domain.InspectorList;
import app.waypoint.serviceview.domain.InspectorSpreadsheet;
import app.waypoint.serviceview.domain.ListPeriod;
import app.waypoint.serviceview.domain.ServiceOverview;
import app.waypoint.serviceview.domain.ServiceViewResponse;
import app.waypoint.serviceview.domain.ServiceViewService;
import app.waypoint.serviceview.domain.Ssda903CareLeavers;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.web.shell.DueWording;
import app.waypoint.web.shell.PageForm;
import app.waypoint.web.shell.PageTimes;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The service view for managers and administrators: every figure of {@code serviceview} with its rule, today's value and its
 * 12-month trend, and a figure's page with its groups, its trend (chart and table) and the young people or staff behind it,
 * a page at a time. The figures, who may see them and the audit of the young people listed are the service's.
 */
@Path("/service")
@Produces(MediaType.TEXT_HTML)
class ServiceViewPage {

    static final int PAGE_SIZE = 50;

    private final ServiceViewService service;
    private final ServiceOverview overview;
    private final InspectorList inspectorList;
    private final InspectorSpreadsheet spreadsheet;
    private final Ssda903CareLeavers ssda903;
    private final WaypointClock clock;
    private final SignedIn signedIn;

    ServiceViewPage(ServiceViewService service, ServiceOverview overview, InspectorList inspectorList, InspectorSpreadsheet spreadsheet, Ssda903CareLeavers ssda903,
                    WaypointClock clock, SignedIn signedIn) {
        this.service = service;
        this.overview = overview;
        this.inspectorList = inspectorList;
        this.spreadsheet = spreadsheet;
        this.ssda903 = ssda903;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    /**
     * The service view: the day, when its figures were counted (today's snapshot), the teams covered, every figure, and the
     * SSDA903 collection years to choose from.
     */
    record Overview(String day, String asOf, String teams, List<Card> figures, List<CollectionYear> years) {
    }

    /** An SSDA903 collection year as chosen on the page: the year it ends, its words, whether it is the default. */
    record CollectionYear(int year, String words, boolean chosen) {
    }

    /** A figure as shown: today's value and share, what the days mean, its trend, its groups. */
    record Card(String key, String title, String rule, String countedWords, long counted, long total, String share, String days,
                TrendChart chart, List<Group> groups) {
    }

    /** A group of a figure, with the link to the rows it counts. */
    record Group(String words, long counted, long total, String share, String days, String link) {
    }

    /** A figure's page: the figure, which rows are listed, the rows, and the pages. */
    record Detail(Card figure, boolean counted, String listed, String group, List<FigureMember> members, long total, int page,
                  boolean morePages, String query, String otherLink, boolean staff) {

        public boolean earlierPages() {
            return page > 0;
        }

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }
    }

    /**
     * The inspector's list, a page at a time: the period's fields and its words, the period as the downloads' query and as the
     * pages' query, the columns' headers (and whether each is Annex A's), the rows' cells.
     */
    record CareLeavers(PageForm period, String periodWords, String downloadQuery, String pageQuery, List<InspectorList.Column> columns, List<List<String>> rows, long total, int page, boolean morePages) {

        public boolean earlierPages() {
            return page > 0;
        }

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance serviceView(Overview view);

        static native TemplateInstance careLeavers(CareLeavers view);

        static native TemplateInstance figure(Detail view);
    }

    @GET
    public TemplateInstance overview() {
        ServiceViewResponse view = overview.view(signedIn.caller());
        List<Card> cards = view.figures().stream().map(this::card).toList();
        int lastComplete = ssda903.lastCompleteYear();
        List<CollectionYear> years = ssda903.years().stream()
                .map(year -> new CollectionYear(year, "1 April " + (year - 1) + " to 31 March " + year, year == lastComplete)).toList();
        return Templates.serviceView(new Overview(DueWording.date(view.day()), PageTimes.when(view.asOf()), String.join(", ", view.teams()), cards, years));
    }

    @GET
    @Path("/care-leavers")
    public Response careLeavers(@QueryParam("from-day") String fromDay, @QueryParam("from-month") String fromMonth,
                                @QueryParam("from-year") String fromYear, @QueryParam("to-day") String toDay,
                                @QueryParam("to-month") String toMonth, @QueryParam("to-year") String toYear,
                                @QueryParam("page") @DefaultValue("0") int page) {
        PageForm form = new PageForm(null, "care leavers").typed("from-day", fromDay).typed("from-month", fromMonth)
                .typed("from-year", fromYear).typed("to-day", toDay).typed("to-month", toMonth).typed("to-year", toYear);
        LocalDate from = form.date("from", null);
        LocalDate to = form.date("to", null);
        if (to != null && to.isAfter(clock.today())) {
            form.error("to", "The end of the period must be today or in the past");
        }
        if (from != null && to != null && from.isAfter(to)) {
            form.error("from", "The start of the period must be on or before its end");
        }
        ListPeriod period = form.hasErrors() ? inspectorList.period(null, null)
                : inspectorList.period(from == null ? null : from.toString(), to == null ? null : to.toString());
        String query = period.asked() ? "from=" + period.from() + "&to=" + period.to() : "";
        String pageQuery = period.asked() ? "from-day=" + period.from().getDayOfMonth() + "&from-month=" + period.from().getMonthValue()
                + "&from-year=" + period.from().getYear() + "&to-day=" + period.to().getDayOfMonth() + "&to-month="
                + period.to().getMonthValue() + "&to-year=" + period.to().getYear() + "&" : "";
        Page<List<String>> rows = inspectorList.page(signedIn.caller(), period, new Paging(Math.max(page, 0), PAGE_SIZE));
        TemplateInstance view = Templates.careLeavers(new CareLeavers(form, period.asked()
                ? "Care leavers at any time from " + DueWording.date(period.from()) + " to " + DueWording.date(period.to())
                : "Care leavers today", query, pageQuery, inspectorList.columns(), rows.items(), rows.total(), rows.page(),
                (long) (rows.page() + 1) * PAGE_SIZE < rows.total()));
        return form.hasErrors() ? PageForm.unprocessable(view) : Response.ok(view.render(), MediaType.TEXT_HTML_TYPE).build();
    }

    /** The whole list as CSV, as the API gives it. */
    @GET
    @Path("/care-leavers.csv")
    @Produces("text/csv")
    public Response careLeaversCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        ListPeriod period = inspectorList.period(from, to);
        StringWriter csv = new StringWriter();
        inspectorList.csv(signedIn.caller(), period, csv);
        return Response.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"care-leavers.csv\"").build();
    }

    /** The whole list as a spreadsheet (xlsx), as the API gives it. */
    @GET
    @Path("/care-leavers.xlsx")
    @Produces(InspectorSpreadsheet.MEDIA_TYPE)
    public Response careLeaversSpreadsheet(@QueryParam("from") String from, @QueryParam("to") String to) {
        ListPeriod period = inspectorList.period(from, to);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        spreadsheet.write(signedIn.caller(), period, xlsx);
        return Response.ok(xlsx.toByteArray()).header("Content-Disposition", "attachment; filename=\"care-leavers.xlsx\"").build();
    }

    /** The SSDA903 care-leaver table (OC3) of the year chosen, as the API gives it. */
    @GET
    @Path("/ssda903-oc3.csv")
    @Produces("text/csv")
    public Response ssda903CareLeaversCsv(@QueryParam("year") String year) {
        int chosen = ssda903.year(year);
        StringWriter csv = new StringWriter();
        ssda903.csv(signedIn.caller(), chosen, csv);
        return Response.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"ssda903-oc3-" + chosen + ".csv\"").build();
    }

    @GET
    @Path("/{figure}")
    public TemplateInstance figure(@PathParam("figure") String key, @QueryParam("counted") @DefaultValue("true") boolean counted,
                                   @QueryParam("group") String group, @QueryParam("page") @DefaultValue("0") int page) {
        FigureSummary summary = service.figure(key, signedIn.caller());
        Card card = card(summary);
        String chosen = group == null || group.isBlank() ? null : group;
        Page<FigureMember> members = service.members(key, counted, chosen, new Paging(Math.max(page, 0), PAGE_SIZE), signedIn.caller());
        String groupWords = chosen == null ? null : members.items().stream().map(FigureMember::group).findFirst().orElse(chosen);
        String listed = (counted ? card.countedWords() : "Not “" + card.countedWords().toLowerCase() + "”")
                + (groupWords == null ? "" : ": " + groupWords);
        String query = "counted=" + counted + (chosen == null ? "" : "&group=" + encode(chosen));
        String other = "/service/" + key + "?counted=" + !counted + (chosen == null ? "" : "&group=" + encode(chosen));
        return Templates.figure(new Detail(card, counted, listed, chosen, members.items(), members.total(), members.page(),
                (long) (members.page() + 1) * PAGE_SIZE < members.total(), query, other, "STAFF".equals(summary.subject())));
    }

    private Card card(FigureSummary figure) {
        List<Group> groups = figure.groups().stream().map(group -> new Group(group.words(), group.counted(), group.total(),
                TrendChart.percent(group.counted(), group.total()), days(group.averageDays()),
                "/service/" + figure.key() + "?group=" + encode(group.group()))).toList();
        TrendChart chart = TrendChart.of(service.trend(figure.key(), signedIn.caller()), clock.today());
        return new Card(figure.key(), figure.title(), figure.rule(), figure.countedWords(), figure.counted(), figure.total(),
                TrendChart.percent(figure.counted(), figure.total()),
                figure.daysWords() == null || figure.averageDays() == null ? null : days(figure.averageDays()) + " " + figure.daysWords(),
                chart, groups);
    }

    private static String days(Double days) {
        return days == null ? null : (days == Math.rint(days) ? String.valueOf(days.longValue()) : String.valueOf(days));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
