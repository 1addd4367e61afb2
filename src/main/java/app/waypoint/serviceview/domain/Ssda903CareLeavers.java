package app.waypoint.serviceview.domain;

import app.waypoint.calendar.CollectionYear;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.caseload.CaseloadEntry;
import app.waypoint.people.caseload.CaseloadFilter;
import app.waypoint.people.caseload.CaseloadService;
import app.waypoint.people.record.returns.ReturnCodes;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.status.Birthdays;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SSDA903 care-leaver table (OC3) for a collection year (1 April to 31 March, named by the year it ends): a line per
 * relevant or former relevant young person of the caller's teams whose 17th to 21st birthday falls in the year, in the columns
 * of {@code returns/ssda903-oc3-columns.csv} (kept as data, with their source). In touch, activity and accommodation are the
 * codes in force on that birthday, from the coded status and accommodation history; a young person who died or returned home
 * has 0 for activity and accommodation, as the return asks. A 17- or 18-year-old looked after on that birthday (or who ceased
 * to be on or after it) is left out, as DfE rules 1007 and 1016 ask. The table is checked against the DfE's validation rules
 * ({@link Oc3Rules}) exactly as exported. The young people come from the caseload, which audits them as reads. For managers
 * and administrators.
 */
@ApplicationScoped
public class Ssda903CareLeavers {

    /** The care statuses of the table: the care leavers OC3 asks about. */
    static final String CARE_LEAVERS = "RELEVANT,FORMER_RELEVANT";
    static final int FIRST_YEAR = 2000;
    private static final int BATCH = Paging.MAX_SIZE;
    private static final Set<String> NO_LONGER_SUPPORTED = Set.of("DIED", "RHOM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CaseloadService caseloads;
    private final ServiceViewQueries queries;
    private final WaypointClock clock;
    private final List<ReturnCodes.Code> columns = ReturnCodes.read("returns/ssda903-oc3-columns.csv").all();
    private final Oc3Rules rules = Oc3Rules.read();
    private final Map<String, Function<Oc3Line, String>> cells = Map.of(
            "localId", Oc3Line::child,
            "dateOfBirth", Oc3Line::dateOfBirth,
            "inTouch", Oc3Line::inTouch,
            "activity", Oc3Line::activity,
            "accommodation", Oc3Line::accommodation);

    Ssda903CareLeavers(CaseloadService caseloads, ServiceViewQueries queries, WaypointClock clock) {
        this.caseloads = caseloads;
        this.queries = queries;
        this.clock = clock;
        columns.stream().filter(column -> !cells.containsKey(column.code())).findAny().ifPresent(column -> {
            throw new IllegalStateException("returns/ssda903-oc3-columns.csv names a field Waypoint cannot fill: " + column.code());
        });
    }

    /** The year of the last complete collection year's 31 March: the default year of the return. */
    public int lastCompleteYear() {
        return CollectionYear.lastCompleteOn(clock.today()).year();
    }

    /** The collection years that can be returned, latest first: the year under way, then each back to 2000. */
    public List<Integer> years() {
        return IntStream.iterate(lastCompleteYear() + 1, year -> year >= FIRST_YEAR, year -> year - 1).boxed().toList();
    }

    /** The year asked for (the year its 31 March falls in), the last complete one if none; 400 for one that cannot be returned. */
    public int year(String asked) {
        if (asked == null || asked.isBlank()) {
            return lastCompleteYear();
        }
        try {
            int year = Integer.parseInt(asked.trim());
            if (year >= FIRST_YEAR && year <= lastCompleteYear() + 1) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw InvalidInputException.of("year", "must be the year a collection year ends (31 March), from " + FIRST_YEAR + " to "
                + (lastCompleteYear() + 1));
    }

    /** The OC3 table of the collection year ending on 31 March of {@code year} as CSV: a header line, then a line per young person. */
    public void csv(Caller caller, int year, Writer out) {
        List<Oc3Line> lines = lines(caller, year);
        try {
            out.write(InspectorList.line(columns.stream().map(ReturnCodes.Code::description).toList()));
            for (Oc3Line line : lines) {
                out.write(InspectorList.line(columns.stream().map(column -> cells.get(column.code()).apply(line)).toList()));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The DfE's validation of the OC3 table of the year ({@code returns/ssda903-oc3-rules.csv}): the lines exactly as exported,
     * each failure against its young person, by local id. The young people are read (and audited) as for the export.
     */
    public Oc3Validation validation(Caller caller, int year) {
        List<Oc3Line> lines = lines(caller, year);
        LocalDate start = new CollectionYear(year).firstDay();
        LocalDate end = new CollectionYear(year).lastDay();
        return new Oc3Validation(year, start.toString(), end.toString(), lines.size(), rules.check(lines, start, end));
    }

    /** The DfE's rules that the validation applies, in order. */
    public List<Oc3Rules.Rule> rules() {
        return rules.all();
    }

    /** The lines of the OC3 table of the collection year ending on 31 March of {@code year}, by local id. */
    List<Oc3Line> lines(Caller caller, int year) {
        requireManager(caller);
        LocalDate start = new CollectionYear(year).firstDay();
        LocalDate end = new CollectionYear(year).lastDay();
        List<Oc3Line> lines = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<CaseloadEntry> entries = caseloads.list(filter(new Paging(page, BATCH)), caller).items();
            lines.addAll(lines(entries, start, end));
            if (entries.size() < BATCH) {
                return lines;
            }
        }
    }

    private List<Oc3Line> lines(List<CaseloadEntry> entries, LocalDate start, LocalDate end) {
        List<Row> rows = new ArrayList<>();
        for (CaseloadEntry entry : entries) {
            IntStream.rangeClosed(17, 21).mapToObj(age -> Birthdays.anniversary(entry.dateOfBirth(), age))
                    .filter(birthday -> !birthday.isBefore(start) && !birthday.isAfter(end)).findFirst()
                    .ifPresent(birthday -> rows.add(new Row(entry, birthday, new ArrayList<>())));
        }
        Map<UUID, Row> byId = rows.stream().collect(Collectors.toMap(row -> row.entry().id(), Function.identity()));
        Set<UUID> lookedAfter = lookedAfterOnTheirBirthday(rows);
        queries.codeHistories(byId.keySet()).forEach(code -> byId.get(code.youngPerson()).history().add(code));
        return rows.stream().filter(row -> !lookedAfter.contains(row.entry().id())).map(Row::line).toList();
    }

    /**
     * DfE rules 1007 and 1016: care leaver information is not returned for a 17- or 18-year-old who was looked after on their
     * birthday or ceased to be looked after on or after it; the validator fails such a line, so the table leaves it out.
     */
    private Set<UUID> lookedAfterOnTheirBirthday(List<Row> rows) {
        Map<UUID, LocalDate> youngBirthdays = rows.stream()
                .filter(row -> Birthdays.anniversary(row.entry().dateOfBirth(), 19).isAfter(row.birthday()))
                .collect(Collectors.toMap(row -> row.entry().id(), Row::birthday));
        return queries.careEpisodes(youngBirthdays.keySet()).stream()
                .filter(episode -> {
                    LocalDate birthday = youngBirthdays.get(episode.youngPerson());
                    return !episode.start().isAfter(birthday) && (episode.end() == null || !episode.end().isBefore(birthday));
                })
                .map(ServiceViewQueries.CareEpisode::youngPerson).collect(Collectors.toSet());
    }

    private static CaseloadFilter filter(Paging paging) {
        return new CaseloadFilter(CARE_LEAVERS, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                "localId", "asc", paging);
    }

    static void requireManager(Caller caller) {
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("The SSDA903 care-leaver return is for managers and administrators.");
        }
    }

    /** A young person of the table: their birthday in the year and their codes' history, oldest first. */
    private record Row(CaseloadEntry entry, LocalDate birthday, List<ServiceViewQueries.CodedDay> history) {

        /** The code of this kind in force on the birthday: the last to take effect on or before it; empty if none. */
        String codeOn(String kind) {
            return ServiceViewQueries.CodedDay.on(history, kind, birthday);
        }

        String inTouch() {
            return codeOn("IN_TOUCH");
        }

        boolean noLongerSupported() {
            return NO_LONGER_SUPPORTED.contains(inTouch());
        }

        Oc3Line line() {
            return new Oc3Line(entry.id(), entry.name(), entry.localId(), DAY.format(entry.dateOfBirth()), inTouch(),
                    noLongerSupported() ? "0" : codeOn("ACTIVITY"), noLongerSupported() ? "0" : codeOn("ACCOMMODATION"));
        }
    }
}
