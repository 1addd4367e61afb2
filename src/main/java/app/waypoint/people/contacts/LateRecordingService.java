package app.waypoint.people.contacts;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.staff.TeamResponse;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.WaypointException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The late-recording report (issue 16): for the teams a manager manages or is above (as the service view counts them; an
 * administrator every team), or one of them, how promptly their staff recorded contacts in a period, and the contacts behind
 * the figures. Workers and IROs are refused (403); a team outside the caller's is unknown (404).
 */
@ApplicationScoped
public class LateRecordingService {

    /** The period when none is given: the last three months to today. */
    static final int DEFAULT_MONTHS = 3;
    /** The most contacts listed behind the figures at once (latest-recorded of the most late first). */
    static final int MOST_CONTACTS = 500;

    private final LateRecordingQueries queries;
    private final VisibilityService visibility;
    private final StaffService staff;
    private final LateRecordingConfig late;
    private final WaypointClock clock;
    private final AuditService audit;

    LateRecordingService(LateRecordingQueries queries, VisibilityService visibility, StaffService staff, LateRecordingConfig late,
                         WaypointClock clock, AuditService audit) {
        this.queries = queries;
        this.visibility = visibility;
        this.staff = staff;
        this.late = late;
        this.clock = clock;
        this.audit = audit;
    }

    /** A period chosen on the report: both days included. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** The figures per team and per member of staff for the period (default the last three months). */
    @Transactional
    public LateRecordingReport report(LocalDate from, LocalDate to, UUID teamId, Caller caller) {
        Period period = period(from, to);
        Set<UUID> teams = teams(teamId, caller);
        LateRecordingQueries.Figures figures = teams.isEmpty() ? new LateRecordingQueries.Figures(List.of(), List.of())
                : queries.figures(teams, WaypointClock.startOf(period.from()), WaypointClock.startOf(period.to().plusDays(1)),
                late.workingDays());
        return new LateRecordingReport(period.from(), period.to(), late.workingDays(), figures.teams(), figures.workers());
    }

    /**
     * The contacts behind the figures, most late first (at most 500): of one member of staff or all, late ones only or all.
     * Each young person listed is a read of their record for the audit trail.
     */
    @Transactional
    public List<LateContact> contacts(LocalDate from, LocalDate to, UUID teamId, String worker, boolean lateOnly, Caller caller) {
        Period period = period(from, to);
        Set<UUID> teams = teams(teamId, caller);
        if (teams.isEmpty()) {
            return List.of();
        }
        List<LateContact> contacts = queries.contacts(teams, WaypointClock.startOf(period.from()),
                WaypointClock.startOf(period.to().plusDays(1)), worker, lateOnly, late.workingDays(), MOST_CONTACTS);
        audit.reached(contacts.stream().map(LateContact::youngPersonId).distinct().toList());
        return contacts;
    }

    /** The teams the caller may report on, as {@code (id, name)} by name: those the report's team choice offers. */
    @Transactional
    public List<TeamResponse> teamsOf(Caller caller) {
        Set<UUID> teams = teams(null, caller);
        return staff.teams().stream().filter(team -> teams.contains(team.id())).sorted(java.util.Comparator.comparing(TeamResponse::name))
                .toList();
    }

    /** The period asked for: {@code to} defaults to today, {@code from} to three months before it; 400 when from is after to. */
    public Period period(LocalDate from, LocalDate to) {
        LocalDate end = to == null ? clock.today() : to;
        LocalDate start = from == null ? end.minusMonths(DEFAULT_MONTHS).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidInputException("The period starts after it ends.", List.of(new FieldError("from", "must not be after to")));
        }
        return new Period(start, end);
    }

    private Set<UUID> teams(UUID teamId, Caller caller) {
        Set<UUID> scope = switch (caller.role()) {
            case ADMIN -> staff.teams().stream().map(TeamResponse::id).collect(Collectors.toSet());
            case MANAGER -> visibility.managedTeams(caller);
            case WORKER, IRO -> throw new ForbiddenException("The late-recording report is for managers and administrators.");
        };
        if (teamId == null) {
            return scope;
        }
        if (!scope.contains(teamId)) {
            throw new NotFoundException("team", teamId.toString());
        }
        return Set.of(teamId);
    }
}
