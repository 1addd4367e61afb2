package app.waypoint.serviceview.domain;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.caseload.CaseloadEntry;
import app.waypoint.people.caseload.CaseloadFilter;
import app.waypoint.people.caseload.CaseloadService;
import app.waypoint.people.record.flags.CohortFlag;
import app.waypoint.people.record.returns.ReturnCodes;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.status.CareStatus;
import app.waypoint.people.youngpeople.CareStatusService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
    private static final Set<CareStatus> STATUSES = EnumSet.of(CareStatus.RELEVANT, CareStatus.FORMER_RELEVANT, CareStatus.QUALIFYING);
    private static final int BATCH = Paging.MAX_SIZE;
    /** Days as Annex A's lists write them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A column: the field that fills it, its header, and whether it is Annex A's or Waypoint's own. */
    public record Column(String field, String header, String source) {
    }

    private final CaseloadService caseloads;
    private final ServiceViewQueries queries;
    private final ServiceViewService service;
    private final CareStatusService statuses;
    private final WaypointClock clock;
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

    InspectorList(CaseloadService caseloads, ServiceViewQueries queries, ServiceViewService service, CareStatusService statuses,
                  WaypointClock clock) {
        this.caseloads = caseloads;
        this.queries = queries;
        this.service = service;
        this.statuses = statuses;
        this.clock = clock;
        columns.stream().filter(column -> !fields.containsKey(column.field())).findAny().ifPresent(column -> {
            throw new IllegalStateException("returns/ilacs-annex-a-care-leavers.csv names a field Waypoint cannot fill: " + column.field());
        });
    }

    public List<Column> columns() {
        return columns;
    }

    /**
     * The period asked for: {@code from} and {@code to} as yyyy-MM-dd, both days included (one alone: to today, or that day);
     * neither, today. 400 for a day that cannot be read, in the future, more than 25 years ago, or a start after the end.
     */
    public ListPeriod period(String from, String to) {
        LocalDate today = clock.today();
        if (blank(from) && blank(to)) {
            return ListPeriod.today(today);
        }
        LocalDate end = blank(to) ? today : day("to", to, today);
        LocalDate start = blank(from) ? end : day("from", from, today);
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "must be on or before to");
        }
        return new ListPeriod(start, end, true);
    }

    /** A page of the list for the period, each row its cells as text in the order of {@link #columns()}. */
    public Page<List<String>> page(Caller caller, ListPeriod period, Paging paging) {
        requireManager(caller);
        Page<CaseloadEntry> entries;
        if (period.asked()) {
            List<UUID> members = members(caller, period);
            List<UUID> slice = members.subList(Math.min(paging.offset(), members.size()), Math.min(paging.offset() + paging.size(), members.size()));
            Page<CaseloadEntry> found = caseloads.list(filter(null, new Paging(0, paging.size())), slice, caller);
            entries = new Page<>(found.items(), members.size(), paging.page(), paging.size());
        } else {
            entries = caseloads.list(filter(CARE_LEAVERS, paging), caller);
        }
        return new Page<>(values(entries.items()).stream().map(row -> row.stream().map(InspectorList::text).toList()).toList(),
                entries.total(), entries.page(), entries.size());
    }

    /**
     * The whole list for the period, a batch at a time, to {@code rows}: each row its values in the order of {@link #columns()}
     * (text, a day or a whole number; a day not known is null). The one source of the CSV and the spreadsheet; each young person
     * is audited.
     */
    public void rows(Caller caller, ListPeriod period, Consumer<List<Object>> rows) {
        requireManager(caller);
        if (period.asked()) {
            List<UUID> members = members(caller, period);
            for (int from = 0; from < members.size(); from += BATCH) {
                List<UUID> batch = members.subList(from, Math.min(from + BATCH, members.size()));
                values(caseloads.list(filter(null, new Paging(0, BATCH)), batch, caller).items()).forEach(rows);
            }
            return;
        }
        for (int page = 0; ; page++) {
            List<CaseloadEntry> entries = caseloads.list(filter(CARE_LEAVERS, new Paging(page, BATCH)), caller).items();
            values(entries).forEach(rows);
            if (entries.size() < BATCH) {
                break;
            }
        }
    }

    /**
     * The young people of the caller's teams who were relevant, former relevant or qualifying on some day of the period, by local
     * id: of those aged 16 to 24 at some time in it, by the status rules on their care history (people/youngpeople).
     */
    private List<UUID> members(Caller caller, ListPeriod period) {
        Set<UUID> teams = service.teams(caller);
        List<UUID> candidates = teams.isEmpty() ? List.of()
                : queries.agedBetween(teams, period.from().minusYears(25), period.to().minusYears(16));
        List<UUID> members = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<UUID> batch = candidates.subList(from, Math.min(from + BATCH, candidates.size()));
            Set<UUID> held = statuses.heldStatusBetween(batch, STATUSES, period.from(), period.to());
            batch.stream().filter(held::contains).forEach(members::add);
        }
        return members;
    }

    /** The whole list as CSV (a header line, then a line per young person), written a batch at a time. */
    public void csv(Caller caller, ListPeriod period, Writer out) {
        try {
            out.write('\uFEFF');
            out.write(line(columns.stream().map(Column::header).toList()));
            rows(caller, period, row -> {
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
        Map<UUID, LocalDate> plans = queries.latestPlans(entries.stream().map(CaseloadEntry::id).toList());
        return entries.stream().map(entry -> new Row(entry, plans.get(entry.id())))
                .map(row -> columns.stream().map(column -> fields.get(column.field()).apply(row)).toList()).toList();
    }

    private static CaseloadFilter filter(String status, Paging paging) {
        return new CaseloadFilter(status, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate day(String field, String value, LocalDate today) {
        LocalDate day;
        try {
            day = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "must be a date, yyyy-MM-dd");
        }
        if (day.isAfter(today) || day.isBefore(today.minusYears(25))) {
            throw InvalidInputException.of(field, "must be today or before, and no more than 25 years ago");
        }
        return day;
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
