package app.waypoint.people.imports;

import app.waypoint.calendar.CollectionYear;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.imports.ImportReport.Outcome;
import app.waypoint.people.imports.ImportReport.RowResult;
import app.waypoint.people.imports.ImportReport.Totals;
import app.waypoint.people.record.accommodation.AccommodationCategories;
import app.waypoint.people.record.returns.ReturnCodes;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.TeamRepository;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.LocalIds;
import app.waypoint.people.youngpeople.YoungPersonImports.Episode;
import app.waypoint.people.youngpeople.YoungPersonImports.EpisodeChanges;
import app.waypoint.people.youngpeople.YoungPersonImports.Existing;
import app.waypoint.people.youngpeople.YoungPersonImports.NewYoungPerson;
import app.waypoint.people.youngpeople.YoungPersonImports;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Imports the SSDA903 header, episodes and OC3 tables of a council's case-management system (README "Import from SSDA903").
 * Children are matched by CHILD (the local id), episodes by child and DECOM, OC3 rows by child and the birthday in the
 * collection year, so running a file again changes nothing. Every child is checked whole, across the three files, before
 * anything is written: a child with one bad row is refused with all their rows, each refused row saying why; the children
 * accepted are then written together in one transaction. A dry run checks the same and writes nothing. Administrators import
 * into any team; a manager into their own team only (as a manager records a young person).
 */
@ApplicationScoped
public class Ssda903Import {

    static final List<String> HEADER = List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
    static final List<String> EPISODES = List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");
    static final List<String> OC3 = List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM");
    /** SSDA903 placement codes U1 to U6 are foster placements. */
    private static final String FOSTER_PLACEMENT = "U";
    private static final Set<String> NO_LONGER_SUPPORTED = Set.of("DIED", "RHOM");
    private static final DateTimeFormatter DFE_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final YoungPersonImports youngPeople;
    private final ImportedStatuses statuses;
    private final TeamRepository teams;
    private final AccommodationCategories categories;
    private final WaypointClock clock;
    private final ReturnCodes legalStatuses = ReturnCodes.read("returns/ssda903-legal-status.csv");
    private final ReturnCodes inTouchCodes = ReturnCodes.read("returns/ssda903-in-touch.csv");
    private final ReturnCodes activityCodes = ReturnCodes.read("returns/ssda903-activity.csv");

    Ssda903Import(YoungPersonImports youngPeople, ImportedStatuses statuses, TeamRepository teams, AccommodationCategories categories,
                  WaypointClock clock) {
        this.youngPeople = youngPeople;
        this.statuses = statuses;
        this.teams = teams;
        this.categories = categories;
        this.clock = clock;
    }

    /** Whether the caller may import at all: an administrator, or a manager of a team (into that team). */
    public static boolean mayImport(Caller caller) {
        return caller.is(StaffRole.ADMIN) || (caller.is(StaffRole.MANAGER) && caller.teamId() != null);
    }

    /** The collection year (by its 31 March) used when none is given: the last complete one. */
    public int lastCompleteYear() {
        return CollectionYear.lastCompleteOn(clock.today()).year();
    }

    /** Checks the files and, unless {@code dryRun}, writes what they add; answers what was (or would be) done, row by row. */
    @Transactional
    public ImportReport run(Ssda903ImportRequest request, boolean dryRun, Caller caller) {
        if (!mayImport(caller) || !(caller.is(StaffRole.ADMIN) || request.teamId().equals(caller.teamId()))) {
            throw new ForbiddenException("Only an administrator, or a manager into their own team, may import young people.");
        }
        if (teams.findByIdOptional(request.teamId()).isEmpty()) {
            throw new RuleViolationException("unknown-team", "There is no team with id " + request.teamId() + ".",
                    List.of(new FieldError("teamId", "no such team")));
        }
        if (blank(request.header()) && blank(request.episodes()) && blank(request.oc3())) {
            throw InvalidInputException.of("header", "give the header and episodes files, the OC3 file, or all three");
        }
        int year = request.collectionYear() == null ? lastCompleteYear() : request.collectionYear();
        Map<String, ChildRows> children = new LinkedHashMap<>();
        read(request.header(), "header", HEADER, children, (child, row) -> child.header.add(row));
        read(request.episodes(), "episodes", EPISODES, children, (child, row) -> child.episodes.add(row));
        read(request.oc3(), "oc3", OC3, children, (child, row) -> child.oc3.add(row));

        Map<String, Existing> existing = youngPeople.existing(children.keySet().stream().filter(id -> !id.isBlank()).toList());
        Map<UUID, List<ImportedStatuses.Held>> held = statuses.held(existing.values().stream().map(Existing::id).toList());
        LocalDate yearStart = new CollectionYear(year).firstDay();
        LocalDate yearEnd = new CollectionYear(year).lastDay();

        List<RowResult> rows = new ArrayList<>();
        List<NewYoungPerson> creates = new ArrayList<>();
        List<EpisodeChanges> changes = new ArrayList<>();
        List<Seed> seeds = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int refused = 0;
        for (ChildRows child : children.values()) {
            Existing recorded = existing.get(child.id);
            Plan plan = new Plan(child, recorded, request.teamId(), caller);
            plan.header();
            plan.episodes();
            plan.oc3(recorded == null ? List.of() : held.getOrDefault(recorded.id(), List.of()), yearStart, yearEnd);
            Outcome outcome = plan.outcome();
            rows.addAll(plan.results());
            switch (outcome) {
                case REFUSED -> refused++;
                case UNCHANGED -> unchanged++;
                case CREATE -> {
                    created++;
                    creates.add(plan.newYoungPerson());
                    seeds.addAll(plan.seeds);
                }
                case UPDATE -> {
                    updated++;
                    if (!plan.added.isEmpty() || !plan.ended.isEmpty()) {
                        changes.add(new EpisodeChanges(recorded.id(), plan.added, plan.ended));
                    }
                    seeds.addAll(plan.seeds);
                }
            }
        }
        rows.sort(Comparator.comparing((RowResult row) -> tableOrder(row.table())).thenComparingInt(RowResult::row));
        if (!dryRun) {
            Map<String, UUID> ids = new HashMap<>(youngPeople.create(creates, request.teamId()));
            existing.values().forEach(person -> ids.put(person.localId(), person.id()));
            youngPeople.change(changes);
            statuses.seed(seeds, ids, caller, year);
            statuses.log(caller, request.teamId(), year, created, updated, unchanged, refused);
        }
        return new ImportReport(dryRun, request.teamId(), year, new Totals(created, updated, unchanged, refused), rows);
    }

    private static int tableOrder(String table) {
        return switch (table) {
            case "header" -> 0;
            case "episodes" -> 1;
            default -> 2;
        };
    }

    private static void read(String text, String name, List<String> columns, Map<String, ChildRows> children,
                             java.util.function.BiConsumer<ChildRows, CsvTable.Row> add) {
        if (blank(text)) {
            return;
        }
        for (CsvTable.Row row : CsvTable.parse(name, text, columns).rows()) {
            String id = row.get("CHILD");
            add.accept(children.computeIfAbsent(id, ChildRows::new), row);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The rows of one child in the three files. */
    private static final class ChildRows {
        final String id;
        final List<CsvTable.Row> header = new ArrayList<>();
        final List<CsvTable.Row> episodes = new ArrayList<>();
        final List<CsvTable.Row> oc3 = new ArrayList<>();

        ChildRows(String id) {
            this.id = id;
        }
    }

    /** In touch, activity or accommodation to record for a child on a birthday. */
    record Seed(String localId, String kind, String code, LocalDate on) {
    }

    /** What a child's rows come to: each row's outcome, what to write, and whether anything at all may be written. */
    private final class Plan {
        private final ChildRows child;
        private final Existing recorded;
        private final UUID teamId;
        private final Caller caller;
        private final Map<CsvTable.Row, RowResult> results = new LinkedHashMap<>();
        private final List<Episode> added = new ArrayList<>();
        private final Map<LocalDate, LocalDate> ended = new HashMap<>();
        private final List<Seed> seeds = new ArrayList<>();
        private LocalDate dateOfBirth;
        private boolean parent;
        private String givenName;
        private String familyName;

        Plan(ChildRows child, Existing recorded, UUID teamId, Caller caller) {
            this.child = child;
            this.recorded = recorded;
            this.teamId = teamId;
            this.caller = caller;
            this.dateOfBirth = recorded == null ? null : recorded.dateOfBirth();
        }

        void header() {
            if (child.header.size() > 1) {
                child.header.forEach(row -> refuse("header", row, "CHILD", "appears on " + child.header.size()
                        + " header rows: a child has one"));
                return;
            }
            for (CsvTable.Row row : child.header) {
                if (!checkChild("header", row)) {
                    continue;
                }
                Optional<LocalDate> born = day("header", row, "DOB", true);
                if (born.isEmpty()) {
                    continue;
                }
                String mother = row.get("MOTHER");
                if (!mother.isEmpty() && !mother.equals("0") && !mother.equals("1")) {
                    refuse("header", row, "MOTHER", "must be 1 (is a mother), 0 or empty");
                    continue;
                }
                if (born.get().isAfter(clock.today())) {
                    refuse("header", row, "DOB", "must not be in the future");
                    continue;
                }
                if (recorded != null && !recorded.dateOfBirth().equals(born.get())) {
                    refuse("header", row, "DOB", "is " + DAY.format(born.get()) + " but Waypoint records " + DAY.format(recorded.dateOfBirth())
                            + ": correct one of them first");
                    continue;
                }
                dateOfBirth = born.get();
                parent = mother.equals("1");
                givenName = row.cells().containsKey("GIVEN_NAME") && !row.get("GIVEN_NAME").isEmpty() ? row.get("GIVEN_NAME") : "Child";
                familyName = row.cells().containsKey("FAMILY_NAME") && !row.get("FAMILY_NAME").isEmpty() ? row.get("FAMILY_NAME") : child.id;
                if (givenName.length() > 100 || familyName.length() > 100) {
                    refuse("header", row, givenName.length() > 100 ? "GIVEN_NAME" : "FAMILY_NAME", "must be at most 100 characters");
                    continue;
                }
                ok("header", row, recorded == null ? Outcome.CREATE : Outcome.UNCHANGED);
            }
        }

        void episodes() {
            if (recorded == null && child.header.isEmpty() && !child.episodes.isEmpty()) {
                child.episodes.forEach(row -> refuse("episodes", row, "CHILD", "has no header row and is not recorded in Waypoint"));
                return;
            }
            List<Episode> held = recorded == null ? List.of() : recorded.episodes();
            List<Episode> after = new ArrayList<>(held);
            Map<LocalDate, CsvTable.Row> byStart = new HashMap<>();
            for (CsvTable.Row row : child.episodes) {
                if (!checkChild("episodes", row)) {
                    continue;
                }
                Optional<LocalDate> start = day("episodes", row, "DECOM", true);
                Optional<LocalDate> end = day("episodes", row, "DEC", false);
                Optional<ReturnCodes.Code> legalStatus = legalStatuses.find(row.get("LS"));
                if (start.isEmpty() || (!row.get("DEC").isEmpty() && end.isEmpty())) {
                    continue;
                }
                if (legalStatus.isEmpty()) {
                    refuse("episodes", row, "LS", "is not an SSDA903 legal status code (" + codes(legalStatuses) + ")");
                    continue;
                }
                LegalBasis basis = LegalBasis.valueOf(legalStatus.get().extra().get(0));
                if (!checkEpisodeDays(row, start.get(), end.orElse(null), byStart)) {
                    continue;
                }
                byStart.put(start.get(), row);
                Episode incoming = new Episode(start.get(), end.orElse(null), basis);
                Optional<Episode> same = held.stream().filter(e -> e.start().equals(start.get())).findFirst();
                if (same.isEmpty()) {
                    added.add(incoming);
                    after.add(incoming);
                    ok("episodes", row, recorded == null ? Outcome.CREATE : Outcome.UPDATE);
                } else if (same.get().equals(incoming)) {
                    ok("episodes", row, Outcome.UNCHANGED);
                } else if (same.get().end() == null && incoming.end() != null && same.get().legalBasis() == basis) {
                    ended.put(start.get(), incoming.end());
                    after.set(after.indexOf(same.get()), incoming);
                    ok("episodes", row, Outcome.UPDATE);
                } else {
                    refuse("episodes", row, "DECOM", "Waypoint holds a different episode from " + DAY.format(start.get()) + " ("
                            + describe(same.get()) + "): change it in Waypoint, not by import");
                }
            }
            checkOverlaps(after);
        }

        private boolean checkEpisodeDays(CsvTable.Row row, LocalDate start, LocalDate end, Map<LocalDate, CsvTable.Row> byStart) {
            if (byStart.containsKey(start)) {
                refuse("episodes", row, "DECOM", "repeats the episode of row " + byStart.get(start).line());
                return false;
            }
            if (start.isAfter(clock.today())) {
                refuse("episodes", row, "DECOM", "must not be in the future");
                return false;
            }
            if (dateOfBirth != null && start.isBefore(dateOfBirth)) {
                refuse("episodes", row, "DECOM", "must not be before the date of birth");
                return false;
            }
            if (end != null && !end.isAfter(start)) {
                refuse("episodes", row, "DEC", "must be after DECOM");
                return false;
            }
            if (end != null && end.isAfter(clock.today())) {
                refuse("episodes", row, "DEC", "must not be in the future");
                return false;
            }
            return true;
        }

        private void checkOverlaps(List<Episode> episodes) {
            List<Episode> sorted = episodes.stream().sorted(Comparator.comparing(Episode::start)).toList();
            for (int i = 0; i + 1 < sorted.size(); i++) {
                Episode earlier = sorted.get(i);
                Episode later = sorted.get(i + 1);
                if (earlier.end() == null || earlier.end().isAfter(later.start())) {
                    CsvTable.Row row = child.episodes.stream().filter(r -> day(r.get("DECOM")).map(later.start()::equals).orElse(false))
                            .findFirst().orElse(child.episodes.get(0));
                    refuse("episodes", row, "DECOM", "starts before the episode from " + DAY.format(earlier.start())
                            + (earlier.end() == null ? " has ended (only the last episode may be open)" : " ended on " + DAY.format(earlier.end()))
                            + ": episodes of care must not overlap");
                    return;
                }
            }
        }

        void oc3(List<ImportedStatuses.Held> held, LocalDate yearStart, LocalDate yearEnd) {
            if (child.oc3.size() > 1) {
                child.oc3.forEach(row -> refuse("oc3", row, "CHILD", "appears on " + child.oc3.size() + " OC3 rows: a child has one a year"));
                return;
            }
            for (CsvTable.Row row : child.oc3) {
                if (!checkChild("oc3", row)) {
                    continue;
                }
                if (recorded == null && child.header.isEmpty()) {
                    refuse("oc3", row, "CHILD", "is not recorded in Waypoint and has no header row");
                    continue;
                }
                Optional<LocalDate> born = day("oc3", row, "DOB", true);
                if (born.isEmpty()) {
                    continue;
                }
                if (dateOfBirth != null && !born.get().equals(dateOfBirth)) {
                    refuse("oc3", row, "DOB", "is " + DAY.format(born.get()) + " but the child was born on " + DAY.format(dateOfBirth));
                    continue;
                }
                Optional<LocalDate> birthday = IntStream.rangeClosed(17, 21).mapToObj(age -> Birthdays.anniversary(born.get(), age))
                        .filter(day -> !day.isBefore(yearStart) && !day.isAfter(yearEnd)).findFirst();
                if (birthday.isEmpty()) {
                    refuse("oc3", row, "DOB", "gives no 17th to 21st birthday between " + DAY.format(yearStart) + " and " + DAY.format(yearEnd)
                            + " (the collection year)");
                    continue;
                }
                if (birthday.get().isAfter(clock.today())) {
                    refuse("oc3", row, "DOB", "gives a birthday in the collection year still to come (" + DAY.format(birthday.get()) + ")");
                    continue;
                }
                List<Seed> wanted = oc3Seeds(row, birthday.get());
                if (wanted == null) {
                    continue;
                }
                List<Seed> fresh = wanted.stream().filter(seed -> held.stream().noneMatch(h -> h.kind().equals(seed.kind())
                        && h.code().equalsIgnoreCase(seed.code()) && h.on().equals(seed.on()))).toList();
                seeds.addAll(fresh);
                ok("oc3", row, fresh.isEmpty() ? Outcome.UNCHANGED : recorded == null ? Outcome.CREATE : Outcome.UPDATE);
            }
        }

        /** The codes of an OC3 row to record on the birthday; null (and the row refused) if one is not a code of its set. */
        private List<Seed> oc3Seeds(CsvTable.Row row, LocalDate birthday) {
            String inTouch = row.get("IN_TOUCH").toUpperCase(Locale.ROOT);
            String activity = row.get("ACTIV").toUpperCase(Locale.ROOT);
            String accommodation = row.get("ACCOM").toUpperCase(Locale.ROOT);
            if (inTouch.isEmpty()) {
                if (!activity.isEmpty() || !accommodation.isEmpty()) {
                    refuse("oc3", row, "IN_TOUCH", "must be given when ACTIV or ACCOM is");
                    return null;
                }
                return List.of();
            }
            if (inTouchCodes.find(inTouch).isEmpty()) {
                refuse("oc3", row, "IN_TOUCH", "is not an SSDA903 in-touch code (" + codes(inTouchCodes) + ")");
                return null;
            }
            List<Seed> wanted = new ArrayList<>(List.of(new Seed(child.id, "IN_TOUCH", inTouch, birthday)));
            if (NO_LONGER_SUPPORTED.contains(inTouch)) {
                if (!Set.of("", "0").contains(activity) || !Set.of("", "0").contains(accommodation)) {
                    refuse("oc3", row, Set.of("", "0").contains(activity) ? "ACCOM" : "ACTIV", "must be 0 or empty when IN_TOUCH is " + inTouch);
                    return null;
                }
                return wanted;
            }
            if (activity.isEmpty() || accommodation.isEmpty()) {
                refuse("oc3", row, activity.isEmpty() ? "ACTIV" : "ACCOM", "must be given when IN_TOUCH is " + inTouch);
                return null;
            }
            if (activityCodes.find(activity).isEmpty()) {
                refuse("oc3", row, "ACTIV", "is not an SSDA903 activity code (" + codes(activityCodes) + ")");
                return null;
            }
            if (accommodation.length() != 2 || categories.find(accommodation.substring(0, 1)).isEmpty() || "12".indexOf(accommodation.charAt(1)) < 0) {
                refuse("oc3", row, "ACCOM", "must be an SSDA903 accommodation category letter ("
                        + String.join(" ", categories.all().stream().map(AccommodationCategories.Category::code).toList())
                        + ") then 1 (suitable) or 2 (not suitable)");
                return null;
            }
            wanted.add(new Seed(child.id, "ACTIVITY", activity, birthday));
            wanted.add(new Seed(child.id, "ACCOMMODATION", accommodation, birthday));
            return wanted;
        }

        private boolean checkChild(String table, CsvTable.Row row) {
            if (child.id.isEmpty()) {
                refuse(table, row, "CHILD", "must be given");
                return false;
            }
            if (child.id.length() > 40 || !child.id.matches(LocalIds.PATTERN)) {
                refuse(table, row, "CHILD", "must be at most 40 characters with no spaces (Waypoint's local id)");
                return false;
            }
            if (recorded != null && !recorded.teamId().equals(teamId) && !caller.is(StaffRole.ADMIN)) {
                refuse(table, row, "CHILD", "is recorded in another team");
                return false;
            }
            return true;
        }

        private Optional<LocalDate> day(String table, CsvTable.Row row, String column, boolean required) {
            String value = row.get(column);
            if (value.isEmpty()) {
                if (required) {
                    refuse(table, row, column, "must be given (dd/mm/yyyy)");
                }
                return Optional.empty();
            }
            Optional<LocalDate> day = day(value);
            if (day.isEmpty()) {
                refuse(table, row, column, "must be a date written dd/mm/yyyy, not \"" + value + "\"");
            } else if (day.get().getYear() < 1900) {
                refuse(table, row, column, "must be after 1900");
                return Optional.empty();
            }
            return day;
        }

        private Optional<LocalDate> day(String value) {
            try {
                return Optional.of(LocalDate.parse(value.trim(), value.contains("/") ? DFE_DAY : DateTimeFormatter.ISO_LOCAL_DATE));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        private void ok(String table, CsvTable.Row row, Outcome outcome) {
            results.putIfAbsent(row, new RowResult(table, row.line(), child.id, outcome, null, null));
        }

        private void refuse(String table, CsvTable.Row row, String field, String message) {
            RowResult previous = results.get(row);
            if (previous == null || previous.field() == null) {
                results.put(row, new RowResult(table, row.line(), child.id, Outcome.REFUSED, field, field + " " + message));
            }
        }

        Outcome outcome() {
            if (results.values().stream().anyMatch(r -> r.outcome() == Outcome.REFUSED) || (recorded == null && dateOfBirth == null)) {
                return Outcome.REFUSED;
            }
            if (recorded == null) {
                return Outcome.CREATE;
            }
            return results.values().stream().anyMatch(r -> r.outcome() == Outcome.UPDATE) ? Outcome.UPDATE : Outcome.UNCHANGED;
        }

        List<RowResult> results() {
            if (outcome() != Outcome.REFUSED) {
                return List.copyOf(results.values());
            }
            RowResult first = results.values().stream().filter(r -> r.outcome() == Outcome.REFUSED).findFirst().orElse(null);
            return results.values().stream().map(r -> r.outcome() == Outcome.REFUSED || first == null ? r
                    : new RowResult(r.table(), r.row(), r.child(), Outcome.REFUSED, null,
                    "refused with the child's other rows: see " + first.table() + " row " + first.row())).toList();
        }

        NewYoungPerson newYoungPerson() {
            boolean foster = child.episodes.stream().filter(row -> row.get("DEC").isEmpty())
                    .anyMatch(row -> row.get("PLACE").toUpperCase(Locale.ROOT).startsWith(FOSTER_PLACEMENT));
            return new NewYoungPerson(child.id, givenName, familyName, dateOfBirth, foster, parent, added);
        }
    }

    private static String codes(ReturnCodes codes) {
        return String.join(" ", codes.all().stream().map(ReturnCodes.Code::code).toList());
    }

    private static String describe(Episode episode) {
        return episode.legalBasis().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (episode.end() == null ? ", going on" : ", ended " + DAY.format(episode.end()));
    }
}
