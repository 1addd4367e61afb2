package app.waypoint.serviceview.domain;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.caseload.CaseloadService;
import app.waypoint.people.contacts.InTouchRule;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.staff.TeamResponse;
import app.waypoint.serviceview.domain.ServiceFigure.Subject;
import app.waypoint.serviceview.domain.ServiceViewQueries.GroupCount;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service view (issue 15), live: one {@link ServiceFigure} today for the teams the caller manages (a team manager their team;
 * a service manager, head of service or director the teams they are above; an administrator every team), its trend from the
 * daily snapshots, and the rows behind it. The overview of every figure at once reads today's snapshot instead
 * ({@link ServiceOverview}). Workers and IROs are refused. Young people listed behind a figure are reads of their records for
 * the audit trail.
 */
@ApplicationScoped
public class ServiceViewService {

    /** A day that is never a holiday, so that the list of holidays bound to the SQL is never empty. */
    private static final LocalDate NO_HOLIDAY = LocalDate.of(1900, 1, 1);

    private final ServiceViewQueries queries;
    private final GroupNames names;
    private final VisibilityService visibility;
    private final StaffService staff;
    private final CaseloadService caseloads;
    private final WorkingCalendar calendar;
    private final WaypointClock clock;
    private final AuditService audit;
    private final InTouchRule inTouchRule;
    private final int monthsBetweenReviews;

    ServiceViewService(ServiceViewQueries queries, GroupNames names, VisibilityService visibility, StaffService staff,
                       CaseloadService caseloads, WorkingCalendar calendar, WaypointClock clock, AuditService audit,
                       InTouchRule inTouchRule,
                       @ConfigProperty(name = "waypoint.pathway-reviews.maximum-months-between-reviews", defaultValue = "6") int monthsBetweenReviews) {
        this.queries = queries;
        this.names = names;
        this.visibility = visibility;
        this.staff = staff;
        this.caseloads = caseloads;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
        this.inTouchRule = inTouchRule;
        this.monthsBetweenReviews = monthsBetweenReviews;
    }

    /** One figure today for the caller's teams; 404 for a figure that does not exist. */
    @Transactional
    public FigureSummary figure(String key, Caller caller) {
        return summary(figure(key), parameters(teams(caller), clock.today()));
    }

    /** The figure on each day of the last 12 months that has a snapshot, summed over the caller's teams, oldest first. */
    @Transactional
    public List<TrendPoint> trend(String key, Caller caller) {
        ServiceFigure figure = figure(key);
        Set<UUID> teams = teams(caller);
        LocalDate today = clock.today();
        return teams.isEmpty() ? List.of() : queries.trend(figure, teams, today.minusMonths(12), today).stream()
                .map(row -> new TrendPoint(row.day(), row.counted(), row.total())).toList();
    }

    /**
     * The rows behind a figure, counted by its rule (or, with {@code counted} false, those it does not count), of one group
     * (its code) or all, a page at a time by name.
     */
    @Transactional
    public Page<FigureMember> members(String key, boolean counted, String group, Paging paging, Caller caller) {
        ServiceFigure figure = figure(key);
        FigureParameters parameters = parameters(teams(caller), clock.today());
        List<FigureMember> items = queries.members(figure, parameters, counted, group, paging).stream()
                .map(row -> new FigureMember(row.subjectId(), figure.subject().name(), row.name(), row.reference(), row.team(),
                        names.words(figure, row.group()), row.counted(), row.days()))
                .toList();
        if (figure.subject() == Subject.YOUNG_PERSON) {
            audit.reached(items.stream().map(FigureMember::id).distinct().toList());
        }
        long total = items.size() < paging.size() && (paging.page() == 0 || !items.isEmpty()) ? (long) paging.offset() + items.size()
                : queries.countMembers(figure, parameters, counted, group);
        return new Page<>(items, total, paging.page(), paging.size());
    }

    /** The figures' values for one day and these teams (the daily snapshot uses the same). */
    FigureParameters parameters(Collection<UUID> teams, LocalDate today) {
        caseloads.refreshStatuses(teams);
        return new FigureParameters(teams, today, clock.now(), holidays(today), names.eetCodes(), inTouchRule.recentFrom(today), monthsBetweenReviews);
    }

    /** Every team's id. */
    Set<UUID> allTeams() {
        return Set.copyOf(staff.teams().stream().map(TeamResponse::id).toList());
    }

    private FigureSummary summary(ServiceFigure figure, FigureParameters parameters) {
        return summary(figure, parameters.teams().isEmpty() ? List.of() : queries.counts(figure, parameters));
    }

    /** A figure from its counts by group (live, or from a snapshot). */
    FigureSummary summary(ServiceFigure figure, List<GroupCount> counts) {
        long counted = counts.stream().mapToLong(GroupCount::counted).sum();
        long total = counts.stream().mapToLong(GroupCount::total).sum();
        Double average = figure.daysWords() == null ? null : ServiceViewQueries.average(
                counts.stream().mapToLong(GroupCount::daysSum).sum(), counts.stream().mapToLong(GroupCount::daysRows).sum());
        List<FigureSummary.GroupSummary> groups = counts.stream().filter(count -> count.group() != null)
                .map(count -> new FigureSummary.GroupSummary(count.group(), names.words(figure, count.group()), count.counted(),
                        count.total(), count.averageDays()))
                .toList();
        return new FigureSummary(figure.key(), figure.title(), figure.rule(), figure.subject().name(), figure.countedWords(), counted,
                total, figure.daysWords(), average, groups);
    }

    /** The teams whose figures the caller sees; 403 for anyone but a manager or an administrator. */
    Set<UUID> teams(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> allTeams();
            case MANAGER -> visibility.managedTeams(caller);
            case WORKER, IRO -> throw new ForbiddenException("The service view is for managers and administrators.");
        };
    }

    List<String> teamNames(Set<UUID> teams) {
        return staff.teams().stream().filter(team -> teams.contains(team.id())).map(TeamResponse::name).sorted().toList();
    }

    private static ServiceFigure figure(String key) {
        return ServiceFigure.byKey(key).orElseThrow(() -> new NotFoundException("figure", key));
    }

    /** The bank holidays (weekdays that are not working days) of the 13 months to today, for the working-day figures. */
    private List<LocalDate> holidays(LocalDate today) {
        List<LocalDate> holidays = new ArrayList<>(List.of(NO_HOLIDAY));
        today.minusMonths(13).datesUntil(today.plusDays(1))
                .filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
                .filter(day -> !calendar.isWorkingDay(day))
                .forEach(holidays::add);
        return holidays;
    }
}
