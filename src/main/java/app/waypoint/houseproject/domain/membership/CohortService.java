package app.waypoint.houseproject.domain.membership;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.houseproject.domain.records.CohortBoardResponse.HomeWaitingForKeys;
import app.waypoint.houseproject.domain.records.CohortBoardResponse.Member;
import app.waypoint.houseproject.domain.records.CohortBoardResponse;
import app.waypoint.houseproject.domain.records.CohortResponse;
import app.waypoint.houseproject.domain.records.CreateCohortRequest;
import app.waypoint.houseproject.domain.records.StepResponse;
import app.waypoint.houseproject.domain.schedule.HouseProjectConfig;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonFacts;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** House Project cohorts (domain notes §2d): managers create them; anyone may read them; the board shows what the caller may see. */
@ApplicationScoped
public class CohortService {

    private final CohortRepository cohorts;
    private final MembershipRepository memberships;
    private final AttendanceRepository attendance;
    private final MembershipSteps steps;
    private final StaffService staff;
    private final YoungPersonService youngPeople;
    private final VisibilityService visibility;
    private final HouseProjectConfig config;
    private final WaypointClock clock;

    CohortService(CohortRepository cohorts, MembershipRepository memberships, AttendanceRepository attendance, MembershipSteps steps,
                  StaffService staff, YoungPersonService youngPeople, VisibilityService visibility, HouseProjectConfig config,
                  WaypointClock clock) {
        this.cohorts = cohorts;
        this.memberships = memberships;
        this.attendance = attendance;
        this.steps = steps;
        this.staff = staff;
        this.youngPeople = youngPeople;
        this.visibility = visibility;
        this.config = config;
        this.clock = clock;
    }

    /** A manager (for their team) or an administrator (for the team named) creates a cohort; every member of its staff must be staff. */
    @Transactional
    public CohortResponse create(CreateCohortRequest request, Caller caller) {
        if (!mayCreate(caller)) {
            throw new ForbiddenException("Only a manager or an administrator may create a House Project cohort.");
        }
        UUID teamId = caller.is(StaffRole.MANAGER) ? caller.teamId() : request.teamId();
        List<FieldError> errors = new ArrayList<>();
        if (teamId == null) {
            errors.add(new FieldError("teamId", "an administrator must name the team that runs the cohort"));
        } else if (!staff.teamExists(teamId)) {
            errors.add(new FieldError("teamId", "no such team"));
        }
        for (int i = 0; i < request.staff().size(); i++) {
            var member = staff.byUsername(request.staff().get(i));
            if (member.isEmpty() || !mayRun(member.get())) {
                errors.add(new FieldError("staff[" + i + "]", member.isEmpty() ? "no such staff" : "an IRO cannot run a cohort"));
            }
        }
        if (request.staff().stream().distinct().count() < request.staff().size()) {
            errors.add(new FieldError("staff", "names someone twice"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-cohort", "The cohort cannot be created as asked.", errors);
        }
        int capacity = request.capacity() == null ? config.defaultCapacity() : request.capacity();
        Cohort cohort = new Cohort(request.name(), request.startsOn(), capacity, teamId, request.staff(), clock.now(), caller.username());
        cohorts.persist(cohort);
        return toResponse(cohort);
    }

    /** Whether the caller may create a cohort: a manager (for their team) or an administrator (naming the team). */
    public static boolean mayCreate(Caller caller) {
        return caller.is(StaffRole.MANAGER) || caller.is(StaffRole.ADMIN);
    }

    /**
     * The staff the caller may name to run a new cohort, by name: the active members of their team (an administrator: of every
     * team) who are not IROs; empty unless they may create one.
     */
    @Transactional
    public List<StaffResponse> possibleStaff(Caller caller) {
        if (!mayCreate(caller)) {
            return List.of();
        }
        return staff.staff(caller).stream().filter(member -> member.disabledAt() == null && mayRun(member)).toList();
    }

    /** An IRO reviews plans independently of the team, so does not run a cohort. */
    private static boolean mayRun(StaffResponse member) {
        return member.role() != StaffRole.IRO;
    }

    @Transactional
    public List<CohortResponse> list() {
        return cohorts.newestFirst().stream().map(this::toResponse).toList();
    }

    @Transactional
    public CohortResponse get(UUID cohortId) {
        return toResponse(cohort(cohortId));
    }

    /** Each member the caller may see with their current step and what is overdue, and the homes waiting for keys. */
    @Transactional
    public CohortBoardResponse board(UUID cohortId, Caller caller) {
        Cohort cohort = cohort(cohortId);
        List<Member> members = new ArrayList<>();
        List<HomeWaitingForKeys> waiting = new ArrayList<>();
        int hidden = 0;
        for (Membership membership : memberships.ofCohort(cohortId)) {
            if (!visibility.canSee(membership.youngPersonId, caller)) {
                hidden++;
                continue;
            }
            YoungPersonFacts person = youngPeople.facts(membership.youngPersonId);
            List<StepResponse> current = steps.current(membership);
            members.add(new Member(person.id(), person.localId(), person.name(), membership.status, current,
                    current.stream().filter(StepResponse::overdue).toList(), attendance.attended(membership.id),
                    attendance.sessions(membership.id)));
            if (membership.waitingForKeys()) {
                waiting.add(new HomeWaitingForKeys(person.id(), person.name(), membership.propertyAddress, membership.housingProvider,
                        membership.settingUpSpent, current.isEmpty() ? null : current.get(0).name()));
            }
        }
        return new CohortBoardResponse(toResponse(cohort), members, waiting, hidden);
    }

    private Cohort cohort(UUID cohortId) {
        return cohorts.findByIdOptional(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId.toString()));
    }

    private CohortResponse toResponse(Cohort cohort) {
        long taken = memberships.placesTaken(cohort.id);
        return new CohortResponse(cohort.id, cohort.name, cohort.startsOn, cohort.capacity, taken, Math.max(0, cohort.capacity - taken),
                cohort.teamId, List.copyOf(cohort.staff), cohort.createdAt, cohort.createdBy);
    }
}
