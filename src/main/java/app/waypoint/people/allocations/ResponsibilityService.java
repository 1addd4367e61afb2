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
import app.waypoint.people.youngpeople.YoungPerson;
import app.waypoint.people.youngpeople.YoungPersonRepository;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Lines of responsibility: who is told when a young person's work is late, and who sets a team's escalation chain. */
@ApplicationScoped
public class ResponsibilityService {

    private static final Set<CareStatus> LOOKED_AFTER = Set.of(CareStatus.LOOKED_AFTER, CareStatus.ELIGIBLE);

    private final YoungPersonRepository youngPeople;
    private final TeamRepository teams;
    private final StaffRepository staff;
    private final AllocationService allocations;
    private final CareStatusService statuses;

    ResponsibilityService(YoungPersonRepository youngPeople, TeamRepository teams, StaffRepository staff, AllocationService allocations,
                          CareStatusService statuses) {
        this.youngPeople = youngPeople;
        this.teams = teams;
        this.staff = staff;
        this.allocations = allocations;
        this.statuses = statuses;
    }

    @Transactional
    public Responsibles responsibleFor(UUID youngPersonId) {
        YoungPerson person = youngPeople.findByIdOptional(youngPersonId)
                .orElseThrow(() -> new NotFoundException("young person", youngPersonId.toString()));
        Team team = teams.findById(person.teamId);
        return new Responsibles(person.id, person.localId, LOOKED_AFTER.contains(statuses.assess(person).status()), managersOf(team),
                username(team.serviceManagerId), username(team.headOfServiceId), username(team.directorId),
                allocations.allocatedUsername(person.id, AllocationKind.IRO));
    }

    /**
     * Who answers for work about a member of staff (e.g. their supervision): the managers of their team and the senior
     * managers above it; there is no young person, so no IRO and nothing looked after.
     */
    @Transactional
    public Responsibles responsibleForStaff(UUID staffId) {
        Staff member = staff.findByIdOptional(staffId).orElseThrow(() -> new NotFoundException("staff", staffId.toString()));
        Team team = member.teamId == null ? null : teams.findById(member.teamId);
        if (team == null) {
            return new Responsibles(null, null, false, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        return new Responsibles(null, null, false, managersOf(team), username(team.serviceManagerId), username(team.headOfServiceId),
                username(team.directorId), Optional.empty());
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

    private List<String> managersOf(Team team) {
        return staff.usernamesInTeam(team.id, StaffRole.MANAGER);
    }

    private Optional<String> username(UUID staffId) {
        return Optional.ofNullable(staffId).flatMap(staff::findByIdOptional).map(member -> member.username);
    }
}
