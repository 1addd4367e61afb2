package app.waypoint.serviceview.domain;

import app.waypoint.people.caseload.CaseloadEntry;
import app.waypoint.people.caseload.CaseloadFilter;
import app.waypoint.people.caseload.CaseloadService;
import app.waypoint.people.record.CohortFlag;
import app.waypoint.people.record.ReturnCodes;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inspector's list of care leavers (Ofsted ILACS Annex A): one row per relevant, former relevant or qualifying young person
 * of the caller's teams, in the columns of {@code returns/ilacs-annex-a-care-leavers.csv} (kept as data, with where each comes
 * from). The rows are the caseload's (people/caseload), so in touch, accommodation and the rest mean what they mean there,
 * and every young person listed is audited as a read. For managers and administrators.
 */
@ApplicationScoped
public class InspectorList {

    /** The care statuses of the list: the care leavers Annex A asks about. */
    static final String CARE_LEAVERS = "RELEVANT,FORMER_RELEVANT,QUALIFYING";
    private static final int BATCH = Paging.MAX_SIZE;
    /** Days as Annex A's lists write them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A column: the field that fills it, its header, and whether it is Annex A's or Waypoint's own. */
    public record Column(String field, String header, String source) {
    }

    private final CaseloadService caseloads;
    private final ServiceViewQueries queries;
    private final List<Column> columns = ReturnCodes.read("returns/ilacs-annex-a-care-leavers.csv").all().stream()
            .map(code -> new Column(code.code(), code.description(), code.extra().get(0))).toList();
    /** What fills each column: text, a day ({@link LocalDate}) or a whole number; empty is "" (a day not known, null). */
    private final Map<String, Function<Row, Object>> fields = Map.ofEntries(
            Map.entry("localId", row -> row.entry().localId()),
            Map.entry("gender", row -> ""),
            Map.entry("ethnicity", row -> ""),
            Map.entry("dateOfBirth", row -> row.entry().dateOfBirth()),
            Map.entry("age", row -> row.entry().age()),
            Map.entry("disabled", row -> flag(row, CohortFlag.DISABLED)),
            Map.entry("team", row -> row.entry().teamName()),
            Map.entry("socialWorker", row -> row.entry().socialWorker() == null ? "" : row.entry().socialWorker().name()),
            Map.entry("eligibility", row -> row.entry().statusWords() == null ? "" : row.entry().statusWords()),
            Map.entry("inTouch", row -> row.entry().inTouch() == null ? "" : row.entry().inTouch().description()),
            Map.entry("accommodationType", row -> row.entry().accommodation() == null ? "" : row.entry().accommodation().description()),
            Map.entry("accommodationSuitable", row -> row.entry().accommodation() == null ? ""
                    : row.entry().accommodation().suitable() ? "Suitable" : "Not suitable"),
            Map.entry("activity", row -> row.entry().activity() == null ? "" : row.entry().activity().description()),
            Map.entry("personalAdviser", row -> row.entry().personalAdviser() == null ? "" : row.entry().personalAdviser().name()),
            Map.entry("lastContact", row -> row.entry().lastContactOn()),
            Map.entry("pathwayPlanDate", row -> row.planSignedOff()),
            Map.entry("nextReviewDue", row -> row.entry().nextReviewDue()),
            Map.entry("stayingPut", row -> flag(row, CohortFlag.STAYING_PUT)),
            Map.entry("uasc", row -> flag(row, CohortFlag.UASC)),
            Map.entry("youngParent", row -> flag(row, CohortFlag.YOUNG_PARENT)),
            Map.entry("inCustody", row -> flag(row, CohortFlag.IN_CUSTODY)));

    InspectorList(CaseloadService caseloads, ServiceViewQueries queries) {
        this.caseloads = caseloads;
        this.queries = queries;
        columns.stream().filter(column -> !fields.containsKey(column.field())).findAny().ifPresent(column -> {
            throw new IllegalStateException("returns/ilacs-annex-a-care-leavers.csv names a field Waypoint cannot fill: " + column.field());
        });
    }

    public List<Column> columns() {
        return columns;
    }

    /** A page of the list, each row its cells as text in the order of {@link #columns()}. */
    public Page<List<String>> page(Caller caller, Paging paging) {
        requireManager(caller);
        Page<CaseloadEntry> entries = caseloads.list(filter(paging), caller);
        return new Page<>(values(entries.items()).stream().map(row -> row.stream().map(InspectorList::text).toList()).toList(),
                entries.total(), entries.page(), entries.size());
    }

    /**
     * The whole list, a batch at a time, to {@code rows}: each row its values in the order of {@link #columns()} (text, a day or
     * a whole number; a day not known is null). The one source of the CSV and the spreadsheet; each young person is audited.
     */
    public void rows(Caller caller, Consumer<List<Object>> rows) {
        requireManager(caller);
        for (int page = 0; ; page++) {
            List<CaseloadEntry> entries = caseloads.list(filter(new Paging(page, BATCH)), caller).items();
            values(entries).forEach(rows);
            if (entries.size() < BATCH) {
                break;
            }
        }
    }

    /** The whole list as CSV (a header line, then a line per young person), written a batch at a time. */
    public void csv(Caller caller, Writer out) {
        try {
            out.write('\uFEFF');
            out.write(line(columns.stream().map(Column::header).toList()));
            rows(caller, row -> {
                try {
                    out.write(line(row.stream().map(InspectorList::text).toList()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<Object>> values(List<CaseloadEntry> entries) {
        Map<java.util.UUID, LocalDate> plans = queries.latestPlans(entries.stream().map(CaseloadEntry::id).toList());
        return entries.stream().map(entry -> new Row(entry, plans.get(entry.id())))
                .map(row -> columns.stream().map(column -> fields.get(column.field()).apply(row)).toList()).toList();
    }

    private static CaseloadFilter filter(Paging paging) {
        return new CaseloadFilter(CARE_LEAVERS, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                "localId", "asc", paging);
    }

    private static void requireManager(Caller caller) {
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("The inspector's list is for managers and administrators.");
        }
    }

    /** A CSV line: cells quoted where they hold a comma, a quote or a line break, and a cell that a spreadsheet would run as a formula made text. */
    static String line(List<String> cells) {
        return cells.stream().map(InspectorList::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String flag(Row row, CohortFlag flag) {
        return row.entry().flags().contains(flag) ? "Yes" : "No";
    }

    /** A value as the page and the CSV write it: a day as dd/MM/yyyy, a day not known as empty. */
    private static String text(Object value) {
        return value == null ? "" : value instanceof LocalDate day ? DAY.format(day) : value.toString();
    }

    private record Row(CaseloadEntry entry, LocalDate planSignedOff) {
    }
}
