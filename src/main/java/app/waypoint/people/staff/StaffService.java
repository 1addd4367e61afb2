package app.waypoint.people.staff;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Teams and staff: the people who use Waypoint. */
@ApplicationScoped
public class StaffService {

    private final StaffRepository staff;
    private final TeamRepository teams;
    private final CallerReads callers;
    private final WaypointClock clock;

    StaffService(StaffRepository staff, TeamRepository teams, CallerReads callers, WaypointClock clock) {
        this.staff = staff;
        this.teams = teams;
        this.callers = callers;
        this.clock = clock;
    }

    @Transactional
    public TeamResponse createTeam(CreateTeamRequest request) {
        if (teams.count("name", request.name()) > 0) {
            throw new ConflictException("team-name-taken", "A team called " + request.name() + " already exists.");
        }
        Team team = new Team(request.name());
        teams.persist(team);
        return new TeamResponse(team.id, team.name);
    }

    @Transactional
    public List<TeamResponse> teams() {
        return teams.listAll(Sort.by("name")).stream().map(t -> new TeamResponse(t.id, t.name)).toList();
    }

    @Transactional
    public boolean teamExists(UUID teamId) {
        return teams.findByIdOptional(teamId).isPresent();
    }

    @Transactional
    public StaffResponse createStaff(CreateStaffRequest request) {
        boolean needsTeam = request.role() == StaffRole.WORKER || request.role() == StaffRole.IRO;
        if ((needsTeam && request.teamId() == null) || (request.teamId() != null && teams.findByIdOptional(request.teamId()).isEmpty())) {
            throw new RuleViolationException("unknown-team", "Workers and IROs belong to an existing team; a manager without a team is a "
                    + "senior manager (service manager, head of service, director).", List.of(new FieldError("teamId", "no such team")));
        }
        if (staff.byUsername(request.username()).isPresent()) {
            throw new ConflictException("username-taken", "The username " + request.username() + " is taken.");
        }
        Staff member = new Staff(request.username(), request.displayName(), request.email(), request.role(), request.teamId(),
                request.newlyQualified(), request.startedOn() == null ? clock.today() : request.startedOn());
        staff.persist(member);
        return toResponse(member);
    }

    @Transactional
    public List<StaffResponse> staff(Caller caller) {
        List<Staff> members = caller.is(StaffRole.ADMIN)
                ? staff.listAll(Sort.by("displayName"))
                : staff.inTeam(caller.teamId(), Sort.by("displayName"));
        return members.stream().map(StaffService::toResponse).toList();
    }

    @Transactional
    public Optional<StaffResponse> byUsername(String username) {
        return staff.byUsername(username).map(StaffService::toResponse);
    }

    /**
     * The member of staff with this username as a caller: who they are, their role and their team; empty when nobody has it
     * or their record is disabled, so that sign-in and every request refuse them.
     */
    public Optional<Caller> callerFor(String username) {
        return callers.active(username);
    }

    /**
     * A leaver: from their next request the member of staff has no role (403 on /api, no page). Their allocations and tasks
     * stay for a manager to reassign. Disabling someone already disabled keeps the first date; nobody disables themselves.
     */
    @Transactional
    public StaffResponse disable(UUID id, Caller admin) {
        Staff member = staff.findByIdOptional(id).orElseThrow(() -> new NotFoundException("staff", id.toString()));
        if (member.id.equals(admin.staffId())) {
            throw new ConflictException("cannot-disable-self", "You cannot disable your own staff record; another administrator can.");
        }
        if (member.active()) {
            member.disable(clock.now(), admin.staffId());
        }
        return toResponse(member);
    }

    /** A member of staff back in post: their role applies again from their next request. */
    @Transactional
    public StaffResponse enable(UUID id) {
        Staff member = staff.findByIdOptional(id).orElseThrow(() -> new NotFoundException("staff", id.toString()));
        member.enable();
        return toResponse(member);
    }

    @Transactional
    public Optional<StaffResponse> byId(UUID id) {
        return staff.findByIdOptional(id).map(StaffService::toResponse);
    }

    /** The names of these members of staff, by id, in one query (for a page of tasks about staff, such as supervision). */
    @Transactional
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return staff.byIds(ids).stream().collect(Collectors.toMap(member -> member.id, member -> member.displayName));
    }

    /** These members of staff, by username, in one query; an unknown username is absent. */
    @Transactional
    public Map<String, StaffResponse> byUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return callers.byUsernames(usernames).stream().collect(Collectors.toMap(StaffResponse::username, member -> member));
    }

    /** The members of staff of a role whose records are not disabled, by name (e.g. the administrators to tell of a failure). */
    @Transactional
    public List<StaffResponse> activeWithRole(StaffRole role) {
        return staff.activeWithRole(role).stream().map(StaffService::toResponse).toList();
    }

    /** Everyone in a team, by username. */
    @Transactional
    public List<StaffResponse> teamMembers(UUID teamId) {
        return staff.inTeam(teamId, Sort.by("username")).stream().map(StaffService::toResponse).toList();
    }

    public static StaffResponse toResponse(Staff member) {
        return new StaffResponse(member.id, member.username, member.displayName, member.email, member.role, member.teamId,
                member.newlyQualified, member.startedOn, member.disabledAt, member.disabledBy);
    }
}
