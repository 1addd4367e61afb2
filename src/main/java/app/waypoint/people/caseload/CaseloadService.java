package app.waypoint.people.caseload;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.caseload.CaseloadEntry.Accommodation;
import app.waypoint.people.caseload.CaseloadEntry.Coded;
import app.waypoint.people.caseload.CaseloadEntry.InTouch;
import app.waypoint.people.caseload.CaseloadEntry.KeepingInTouch;
import app.waypoint.people.caseload.CaseloadEntry.Worker;
import app.waypoint.people.caseload.CaseloadQuery.Scope;
import app.waypoint.people.caseload.CaseloadQuery.Settings;
import app.waypoint.people.contacts.InTouchRule;
import app.waypoint.people.contacts.InTouchState;
import app.waypoint.people.record.accommodation.AccommodationCategories;
import app.waypoint.people.record.flags.CohortFlag;
import app.waypoint.people.record.returns.ReturnCodes;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.CareStatus;
import app.waypoint.people.youngpeople.CareStatusService;
import app.waypoint.people.youngpeople.YoungPersonRepository;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The caseload list (issue 13): the young people the caller may see (as {@link VisibilityService} says), filtered, sorted and paged
 * in the database, each with what a manager scans. Statuses kept on the rows are brought up to date first, for the caller's
 * young people, and every hour for everyone. The young people on the page are reads of their records for the audit trail.
 */
@ApplicationScoped
public class CaseloadService {

    private static final int REFRESH_BATCH = 500;

    private final CaseloadQuery query;
    private final VisibilityService visibility;
    private final YoungPersonRepository youngPeople;
    private final CareStatusService statuses;
    private final AccommodationCategories categories;
    private final WaypointClock clock;
    private final AuditService audit;
    private final ReturnCodes activities = ReturnCodes.read("returns/ssda903-activity.csv");
    private final ReturnCodes inTouch = ReturnCodes.read("returns/ssda903-in-touch.csv");
    private final Set<String> neetCodes;
    private final InTouchRule inTouchRule;
    private final int monthsBetweenReviews;

    CaseloadService(CaseloadQuery query, VisibilityService visibility, YoungPersonRepository youngPeople, CareStatusService statuses,
                    AccommodationCategories categories, WaypointClock clock, AuditService audit,
                    InTouchRule inTouchRule,
                    @ConfigProperty(name = "waypoint.pathway-reviews.maximum-months-between-reviews", defaultValue = "6") int monthsBetweenReviews) {
        this.query = query;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.statuses = statuses;
        this.categories = categories;
        this.clock = clock;
        this.audit = audit;
        this.inTouchRule = inTouchRule;
        this.monthsBetweenReviews = monthsBetweenReviews;
        this.neetCodes = activities.all().stream().filter(code -> code.description().contains("(NEET)")).map(ReturnCodes.Code::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A page of the caller's caseload as the filter asks, with the total it finds; 400 naming a filter that cannot be read. */
    @Transactional
    public Page<CaseloadEntry> list(CaseloadFilter filter, Caller caller) {
        return list(filter, null, caller);
    }

    /** As {@link #list(CaseloadFilter, Caller)}, of these young people only (all of the caller's when {@code only} is null). */
    @Transactional
    public Page<CaseloadEntry> list(CaseloadFilter filter, Collection<UUID> only, Caller caller) {
        CaseloadFilter checked = withCodes(filter);
        Scope scope = scope(caller);
        LocalDate today = clock.today();
        refreshStatuses(scope, today);
        Settings settings = new Settings(today, inTouchRule.recentFrom(today), monthsBetweenReviews, neetCodes, only);
        List<CaseloadEntry> items = query.page(scope, checked, settings).stream().map(row -> entry(row, today)).toList();
        audit.reached(items.stream().map(CaseloadEntry::id).toList());
        long total = items.size() < checked.paging().size() && (checked.paging().page() == 0 || !items.isEmpty())
                ? (long) checked.paging().offset() + items.size()
                : query.count(scope, checked, settings);
        return new Page<>(items, total, checked.paging().page(), checked.paging().size());
    }

    /** The SSDA903 in-touch codes a list can be filtered by. */
    public List<ReturnCodes.Code> inTouchCodes() {
        return inTouch.all();
    }

    /**
     * Every hour (and a minute after start, so a new deployment fills the column): the stored statuses that no longer hold (a
     * birthday that matters, eligibility beginning, none yet) are worked out again, a batch per transaction.
     */
    @Scheduled(identity = "caseload-statuses", every = "${waypoint.caseload.status-refresh:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshAll() {
        List<UUID> stale = QuarkusTransaction.requiringNew().call(() -> query.staleStatuses(Scope.everyone(), clock.today()));
        inBatches(stale, batch -> QuarkusTransaction.requiringNew().run(() -> refresh(batch)));
    }

    /** Brings the stored statuses of these teams' young people up to date, for reports read straight from the rows (the service view). */
    @Transactional
    public void refreshStatuses(Collection<UUID> teams) {
        refreshStatuses(Scope.teams(teams), clock.today());
    }

    private void refreshStatuses(Scope scope, LocalDate today) {
        inBatches(query.staleStatuses(scope, today), this::refresh);
    }

    private static void inBatches(List<UUID> ids, Consumer<List<UUID>> work) {
        for (int from = 0; from < ids.size(); from += REFRESH_BATCH) {
            work.accept(ids.subList(from, Math.min(from + REFRESH_BATCH, ids.size())));
        }
    }

    private void refresh(List<UUID> ids) {
        youngPeople.list("id in ?1 order by id", ids).forEach(statuses::assess);
        youngPeople.flush();
    }

    private Scope scope(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> Scope.everyone();
            case MANAGER -> Scope.teams(visibility.managedTeams(caller));
            case WORKER -> Scope.allocatedTo(caller.staffId(), VisibilityService.WORKER_KINDS);
            case IRO -> Scope.allocatedTo(caller.staffId(), VisibilityService.IRO_KINDS);
        };
    }

    /** The filter with its codes checked against the SSDA903 code sets and written as they are there. */
    private CaseloadFilter withCodes(CaseloadFilter f) {
        String touch = f.inTouch() == null ? null : inTouch.find(f.inTouch()).map(ReturnCodes.Code::code)
                .orElseThrow(() -> InvalidInputException.of("inTouch", "must be one of " + codes(inTouch)));
        String activity = f.activity() == null ? null : activities.find(f.activity()).map(ReturnCodes.Code::code)
                .orElseThrow(() -> InvalidInputException.of("activity", "must be one of " + codes(activities)));
        return new CaseloadFilter(f.status(), f.teamId(), f.workerId(), touch, f.suitable(), activity, f.neet(), f.noContactDays(),
                f.planOutOfDate(), f.uasc(), f.parent(), f.inCustody(), f.disabled(), f.stayingPut(), f.q(), f.sort(), f.order(), f.paging());
    }

    private static String codes(ReturnCodes set) {
        return set.all().stream().map(ReturnCodes.Code::code).collect(Collectors.joining(", "));
    }

    private CaseloadEntry entry(Object[] row, LocalDate today) {
        LocalDate born = day(row[4]);
        CareStatus status = row[5] == null ? null : CareStatus.valueOf((String) row[5]);
        String category = (String) row[12];
        Accommodation accommodation = category == null ? null : new Accommodation(category,
                categories.find(category).map(AccommodationCategories.Category::description).orElse(category), day(row[14]), (Boolean) row[13]);
        String activityCode = (String) row[15];
        Coded activity = activityCode == null ? null : new Coded(activityCode, words(activities, activityCode), day(row[16]));
        String touchCode = (String) row[17];
        InTouch touch = touchCode == null ? null : new InTouch(touchCode, words(inTouch, touchCode), day(row[18]), (Boolean) row[19]);
        LocalDate lastContact = day(row[20]);
        List<CohortFlag> flags = new ArrayList<>();
        addIf(flags, row[23], CohortFlag.UASC);
        addIf(flags, row[24], CohortFlag.YOUNG_PARENT);
        addIf(flags, row[25], CohortFlag.IN_CUSTODY);
        addIf(flags, row[26], CohortFlag.DISABLED);
        addIf(flags, row[27], CohortFlag.STAYING_PUT);
        addIf(flags, row[28], CohortFlag.HOUSE_PROJECT);
        return new CaseloadEntry((UUID) row[0], (String) row[1], row[2] + " " + row[3], born, Birthdays.age(born, today), status,
                status == null ? null : words(status), (UUID) row[6], (String) row[7], worker(row[8], row[9]), worker(row[10], row[11]),
                accommodation, activity, touch, lastContact, lastContact == null ? null : ChronoUnit.DAYS.between(lastContact, today),
                day(row[21]), (Boolean) row[22], flags, keepingInTouch(day(row[29]), day(row[30])));
    }

    /** The lost-touch flag: possibly not in touch since the flag, not in touch since a manager's decision, else in touch. */
    private static KeepingInTouch keepingInTouch(LocalDate flaggedOn, LocalDate decidedOn) {
        InTouchState state = decidedOn != null ? InTouchState.NOT_IN_TOUCH
                : flaggedOn != null ? InTouchState.POSSIBLY_NOT_IN_TOUCH : InTouchState.IN_TOUCH;
        return new KeepingInTouch(state, state.words(), decidedOn != null ? decidedOn : flaggedOn);
    }

    private static Worker worker(Object id, Object name) {
        return id == null ? null : new Worker((UUID) id, (String) name);
    }

    private static void addIf(List<CohortFlag> flags, Object set, CohortFlag flag) {
        if (Boolean.TRUE.equals(set)) {
            flags.add(flag);
        }
    }

    private static String words(ReturnCodes set, String code) {
        return set.find(code).map(ReturnCodes.Code::description).orElse(code);
    }

    /** A status in words: {@code FORMER_RELEVANT} is "Former relevant". */
    static String words(CareStatus status) {
        String words = status.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
