package app.waypoint.people.allocations;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.EscalationChainRequest;
import app.waypoint.people.staff.Staff;
import app.waypoint.people.staff.StaffRepository;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.Team;
import app.waypoint.people.staff.TeamRepository;
import app.waypoint.people.status.CareStatus;
import app.waypoint.people.youngpeople.CareStatusService;
import app.waypoint.people.youngpeople.YoungPersonRepository;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.PlainSql;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Lines of responsibility: who is told when a young person's work is late, and who sets a team's escalation chain. */
@ApplicationScoped
public class ResponsibilityService {

    private static final Set<CareStatus> LOOKED_AFTER = Set.of(CareStatus.LOOKED_AFTER, CareStatus.ELIGIBLE);
    /**
     * A team's (alias {@code t}) managers by username, disabled or not (a disabled manager's escalations still name them),
     * and the senior managers above it: the columns {@link TeamPeople#read} expects first.
     */
    private static final String TEAM_PEOPLE = "array(select m.username from waypoint.staff m where m.team_id = t.id and m.role = 'MANAGER'"
            + " order by m.username), sm.username, hs.username, dr.username";
    private static final String SENIORS = " left join waypoint.staff sm on sm.id = t.service_manager_id"
            + " left join waypoint.staff hs on hs.id = t.head_of_service_id left join waypoint.staff dr on dr.id = t.director_id";
    /** The young person's team's people, local id and status as kept. */
    private static final String YOUNG_PERSON_LINE = "select " + TEAM_PEOPLE + ", p.local_id, p.care_status, p.status_on, p.status_until"
            + " from waypoint.young_person p join waypoint.team t on t.id = p.team_id" + SENIORS + " where p.id = ?";
    /** A member of staff's team's people (none for someone in no team). */
    private static final String STAFF_LINE = "select " + TEAM_PEOPLE + " from waypoint.staff member left join waypoint.team t on t.id = member.team_id"
            + SENIORS + " where member.id = ?";

    private final YoungPersonRepository youngPeople;
    private final TeamRepository teams;
    private final StaffRepository staff;
    private final AllocationService allocations;
    private final CareStatusService statuses;
    private final PlainSql sql;

    ResponsibilityService(YoungPersonRepository youngPeople, TeamRepository teams, StaffRepository staff, AllocationService allocations,
                          CareStatusService statuses, PlainSql sql) {
        this.youngPeople = youngPeople;
        this.teams = teams;
        this.staff = staff;
        this.allocations = allocations;
        this.statuses = statuses;
        this.sql = sql;
    }

    /**
     * Who answers for the young person's work. Their row, team and senior managers are read in one statement (an escalation
     * asks this for every rung: as entities, with the care history to work out the status, it was a fifth of an escalation's
     * CPU, README "Performance"), after what this transaction changed is flushed; their status is the one kept on their row
     * while it holds.
     */
    @Transactional
    public Responsibles responsibleFor(UUID youngPersonId) {
        youngPeople.flush();
        YoungPersonLine line = sql.first(YOUNG_PERSON_LINE, row -> new YoungPersonLine(TeamPeople.read(row), row.getString(5),
                        row.getString(6) == null ? null : CareStatus.valueOf(row.getString(6)), row.getObject(7, LocalDate.class),
                        row.getObject(8, LocalDate.class)), youngPersonId)
                .orElseThrow(() -> new NotFoundException("young person", youngPersonId.toString()));
        CareStatus status = statuses.statusToday(youngPersonId, line.careStatus(), line.statusOn(), line.statusUntil());
        TeamPeople team = line.team();
        return new Responsibles(youngPersonId, line.localId(), LOOKED_AFTER.contains(status), team.managers(), team.serviceManager(),
                team.headOfService(), team.director(), allocations.allocatedUsername(youngPersonId, AllocationKind.IRO));
    }

    /**
     * Who answers for work about a member of staff (e.g. their supervision): the managers of their team and the senior
     * managers above it, read as for a young person; there is no young person, so no IRO and nothing looked after.
     */
    @Transactional
    public Responsibles responsibleForStaff(UUID staffId) {
        staff.flush();
        TeamPeople team = sql.first(STAFF_LINE, TeamPeople::read, staffId).orElseThrow(() -> new NotFoundException("staff", staffId.toString()));
        return new Responsibles(null, null, false, team.managers(), team.serviceManager(), team.headOfService(), team.director(), Optional.empty());
    }

    /** An administrator names the senior managers above a team. */
    @Transactional
    public void setEscalationChain(UUID teamId, EscalationChainRequest request, Caller caller) {
        if (!caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("Only an administrator may set a team's escalation chain.");
        }
        Team team = teams.findByIdOptional(teamId).orElseThrow(() -> new NotFoundException("team", teamId.toString()));
        team.serviceManagerId = manager("serviceManager", request.serviceManager());
        team.headOfServiceId = manager("headOfService", request.headOfService());
        team.directorId = manager("director", request.director());
    }

    private UUID manager(String field, String username) {
        Staff member = staff.byUsername(username).filter(found -> found.role == StaffRole.MANAGER)
                .orElseThrow(() -> new RuleViolationException("not-a-manager", username + " is not a manager known to Waypoint.",
                        List.of(new FieldError(field, "must be the username of a manager"))));
        return member.id;
    }

    /** The people of a team, as {@link #TEAM_PEOPLE} reads them. */
    private record TeamPeople(List<String> managers, Optional<String> serviceManager, Optional<String> headOfService, Optional<String> director) {

        static TeamPeople read(ResultSet row) throws SQLException {
            return new TeamPeople(List.of((String[]) row.getArray(1).getArray()), Optional.ofNullable(row.getString(2)),
                    Optional.ofNullable(row.getString(3)), Optional.ofNullable(row.getString(4)));
        }
    }

    private record YoungPersonLine(TeamPeople team, String localId, CareStatus careStatus, LocalDate statusOn, LocalDate statusUntil) {
    }
}
