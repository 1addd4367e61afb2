package app.waypoint.testsupport;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.ResponsibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.CreateStaffRequest;
import app.waypoint.people.staff.CreateTeamRequest;
import app.waypoint.people.staff.EscalationChainRequest;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest;
import app.waypoint.people.youngpeople.YoungPersonService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds teams, staff and young people with unique names, so tests sharing one database never collide. */
@ApplicationScoped
public class PeopleFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final StaffService staff;
    private final YoungPersonService youngPeople;
    private final AllocationService allocations;

    private final ResponsibilityService responsibilities;

    PeopleFixtures(StaffService staff, YoungPersonService youngPeople, AllocationService allocations,
                   ResponsibilityService responsibilities) {
        this.staff = staff;
        this.youngPeople = youngPeople;
        this.allocations = allocations;
        this.responsibilities = responsibilities;
    }

    /** A service manager, head of service and director (managers without a team), set as the team's escalation chain. */
    public SeniorManagers seniorManagersOf(TeamFixture team) {
        String suffix = unique();
        SeniorManagers seniors = new SeniorManagers(member("service." + suffix, StaffRole.MANAGER, null),
                member("head." + suffix, StaffRole.MANAGER, null), member("director." + suffix, StaffRole.MANAGER, null));
        placeUnder(seniors, team);
        return seniors;
    }

    /** Sets these senior managers as the team's escalation chain too: one service above several teams. */
    public void placeUnder(SeniorManagers seniors, TeamFixture team) {
        StaffResponse admin = admin();
        responsibilities.setEscalationChain(team.id(), new EscalationChainRequest(seniors.serviceManager().username(),
                seniors.headOfService().username(), seniors.director().username()),
                new Caller(admin.id(), admin.username(), StaffRole.ADMIN, null));
    }

    /** A team with a manager, two workers and an IRO. */
    public TeamFixture team() {
        String suffix = unique();
        UUID teamId = staff.createTeam(new CreateTeamRequest("Team " + suffix)).id();
        return new TeamFixture(teamId,
                member("manager." + suffix, StaffRole.MANAGER, teamId),
                member("worker." + suffix, StaffRole.WORKER, teamId),
                member("adviser." + suffix, StaffRole.WORKER, teamId),
                member("iro." + suffix, StaffRole.IRO, teamId));
    }

    /** A young person of the team, in care (care order) since {@code inCareSince}, with the team's worker and IRO allocated. */
    public UUID youngPerson(TeamFixture team, LocalDate dateOfBirth, LocalDate inCareSince, boolean fosterPlacement) {
        return youngPerson(team, dateOfBirth, fosterPlacement, List.of(new CareEpisodeInput(inCareSince, null, LegalBasis.CARE_ORDER)));
    }

    /** A young person of the team with the given care history, with the team's worker and IRO allocated. */
    public UUID youngPerson(TeamFixture team, LocalDate dateOfBirth, boolean fosterPlacement, List<CareEpisodeInput> careEpisodes) {
        UUID id = newYoungPerson(team, dateOfBirth, fosterPlacement, careEpisodes);
        allocations.allocate(id, AllocationKind.SOCIAL_WORKER, team.worker().username(), team.manager().username());
        allocations.allocate(id, AllocationKind.IRO, team.iro().username(), team.manager().username());
        return id;
    }

    /** A young person the team has just recorded, with the given care history: nobody is allocated yet. */
    public UUID newYoungPerson(TeamFixture team, LocalDate dateOfBirth, boolean fosterPlacement, List<CareEpisodeInput> careEpisodes) {
        return youngPeople.create(new CreateYoungPersonRequest("LOC-" + unique(), "Alex", "Test" + unique(), dateOfBirth, team.id(),
                fosterPlacement, false, false, false, false, careEpisodes, List.of(), List.of()), team.managerCaller()).id();
    }

    /** A care leaver {@code age} years old on {@code today}, in care (care order) from 14 to 18, with the team's worker and IRO allocated. */
    public UUID careLeaver(TeamFixture team, LocalDate today, int age) {
        LocalDate born = today.minusYears(age);
        return youngPerson(team, born, false, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 14), Birthdays.anniversary(born, 18),
                LegalBasis.CARE_ORDER)));
    }

    /** A care leaver as {@link #careLeaver}, with the team's personal adviser allocated too. */
    public UUID careLeaverWithAdviser(TeamFixture team, LocalDate today, int age) {
        UUID id = careLeaver(team, today, age);
        allocations.allocate(id, AllocationKind.PERSONAL_ADVISER, team.adviser().username(), team.manager().username());
        return id;
    }

    /** One more member of an existing team, e.g. a second manager or a worker with no caseload. */
    public StaffResponse member(TeamFixture team, StaffRole role) {
        return member(role.roleName() + "." + unique(), role, team.id());
    }

    /** A newly qualified social worker joining an existing team today. */
    public StaffResponse newlyQualifiedWorker(TeamFixture team) {
        String username = "newly." + unique();
        return staff.createStaff(new CreateStaffRequest(username, username, username + "@example.test", StaffRole.WORKER, team.id(), true));
    }

    /** An administrator (administrators belong to no team). */
    public StaffResponse admin() {
        return member("admin." + unique(), StaffRole.ADMIN, null);
    }

    private StaffResponse member(String username, StaffRole role, UUID teamId) {
        return staff.createStaff(new CreateStaffRequest(username, username, username + "@example.test", role, teamId, false));
    }

    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** The senior managers above a team. */
    public record SeniorManagers(StaffResponse serviceManager, StaffResponse headOfService, StaffResponse director) {
    }

    /** A team and its people. */
    public record TeamFixture(UUID id, StaffResponse manager, StaffResponse worker, StaffResponse adviser, StaffResponse iro) {

        public Caller managerCaller() {
            return caller(manager);
        }

        public Caller workerCaller() {
            return caller(worker);
        }

        private static Caller caller(StaffResponse member) {
            return new Caller(member.id(), member.username(), member.role(), member.teamId());
        }

        public String managerToken() {
            return Tokens.bearer(manager.username(), "manager");
        }

        public String workerToken() {
            return Tokens.bearer(worker.username(), "worker");
        }

        public String adviserToken() {
            return Tokens.bearer(adviser.username(), "worker");
        }

        public String iroToken() {
            return Tokens.bearer(iro.username(), "iro");
        }
    }
}
