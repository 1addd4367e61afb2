package app.waypoint.houseproject.domain.membership;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.houseproject.domain.records.HouseProjectResponse;
import app.waypoint.houseproject.domain.records.LeavingRequest;
import app.waypoint.houseproject.domain.records.MembershipEventKind;
import app.waypoint.houseproject.domain.records.ReferralRequest;
import app.waypoint.houseproject.process.HouseProjectMoveProcess;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.youngpeople.YoungPersonFacts;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A young person's way through the House Project (domain notes §2d): referral by their social worker or personal adviser,
 * where they are, leaving with a reason. The process instance's business key is the young person's id.
 */
@ApplicationScoped
public class HouseProjectService {

    /** [§2d step 1] referrals are for young people aged 16 and over. */
    static final int MINIMUM_AGE = 16;
    /** [§2d step 4] the programme counts as education or training (EET) while the young person is on it. */
    static final String EDUCATION_OR_TRAINING = "EDUCATION_OR_TRAINING";

    private final MembershipRepository memberships;
    private final MembershipEventRepository events;
    private final HouseProjectRecords records;
    private final YoungPersonService youngPeople;
    private final VisibilityService visibility;
    private final ProcessGateway processes;
    private final WaypointClock clock;

    HouseProjectService(MembershipRepository memberships, MembershipEventRepository events, HouseProjectRecords records,
                        YoungPersonService youngPeople, VisibilityService visibility, ProcessGateway processes, WaypointClock clock) {
        this.memberships = memberships;
        this.events = events;
        this.records = records;
        this.youngPeople = youngPeople;
        this.visibility = visibility;
        this.processes = processes;
        this.clock = clock;
    }

    /** The young person's social worker or personal adviser refers them: the House Project move starts with their application. */
    @Transactional
    public HouseProjectResponse refer(UUID youngPersonId, ReferralRequest request, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (!caller.is(StaffRole.WORKER)) {
            throw new ForbiddenException("Only the young person's social worker or personal adviser may refer them to the House Project.");
        }
        YoungPersonFacts facts = youngPeople.facts(youngPersonId);
        if (Birthdays.age(facts.dateOfBirth(), clock.today()) < MINIMUM_AGE) {
            throw new RuleViolationException("too-young-for-house-project", "The House Project takes young people from "
                    + MINIMUM_AGE + ".",
                    List.of(new FieldError("youngPersonId", "must be " + MINIMUM_AGE + " or older")));
        }
        if (memberships.open(youngPersonId).isPresent()) {
            throw new ConflictException("already-in-house-project", "This young person is already in the House Project.");
        }
        Membership membership = new Membership(UUID.randomUUID(), youngPersonId, request.reason(), clock.now(), caller.username());
        membership.processInstanceId = processes.start(HouseProjectMoveProcess.KEY, youngPersonId.toString(), Map.of(
                HouseProjectMoveProcess.VAR_YOUNG_PERSON_ID, youngPersonId.toString(),
                HouseProjectMoveProcess.VAR_TEAM_ID, facts.teamId().toString(),
                HouseProjectMoveProcess.VAR_MEMBERSHIP_ID, membership.id.toString(),
                HouseProjectMoveProcess.VAR_REFERRED_BY, caller.username()));
        try {
            memberships.persistAndFlush(membership);
        } catch (PersistenceException raced) {
            throw new ConflictException("already-in-house-project", "This young person has just been referred to the House Project.");
        }
        events.persist(new MembershipEvent(membership.id, MembershipEventKind.REFERRED, null, null, request.reason(), clock.now(),
                caller.username()));
        Log.infof("House Project membership %s of young person %s referred", membership.id, youngPersonId);
        return records.toResponse(membership);
    }

    /**
     * Whether the caller may refer the young person now (the rules {@link #refer} applies): their social worker or personal
     * adviser, the young person {@value #MINIMUM_AGE} or older and not in the House Project already.
     */
    @Transactional
    public boolean mayRefer(UUID youngPersonId, Caller caller) {
        return caller.is(StaffRole.WORKER) && visibility.canAct(youngPersonId, caller)
                && Birthdays.age(youngPeople.facts(youngPersonId).dateOfBirth(), clock.today()) >= MINIMUM_AGE
                && memberships.open(youngPersonId).isEmpty();
    }

    /** The young person's latest membership, open or closed, if they were ever referred. */
    @Transactional
    public Optional<HouseProjectResponse> latest(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return memberships.latest(youngPersonId).map(records::toResponse);
    }

    /** The young person's latest membership, open or closed, with its current step and history; 404 if never referred. */
    @Transactional
    public HouseProjectResponse get(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return memberships.latest(youngPersonId).map(records::toResponse)
                .orElseThrow(() -> new NotFoundException("house project membership", youngPersonId.toString()));
    }

    /**
     * The young person leaves the House Project, at whatever step they are: the step is written to the history with the
     * reason, the process ends (its open tasks close) and the record is kept.
     */
    @Transactional
    public HouseProjectResponse leave(UUID youngPersonId, LeavingRequest request, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (caller.is(StaffRole.IRO)) {
            throw new ForbiddenException("The young person's worker or a manager records their leaving the House Project.");
        }
        Membership membership = memberships.open(youngPersonId)
                .orElseThrow(() -> new ConflictException("not-in-house-project", "This young person is not in the House Project."));
        String at = processes.currentSteps(membership.processInstanceId).stream().map(ProcessGateway.Step::name)
                .collect(Collectors.joining(", "));
        events.persist(new MembershipEvent(membership.id, MembershipEventKind.LEFT, null, at, request.reason(), clock.now(),
                caller.username()));
        processes.correlate(HouseProjectMoveProcess.MSG_LEFT_PROGRAMME, membership.processInstanceId, Map.of(
                HouseProjectMoveProcess.VAR_LEAVING_REASON, request.reason(),
                HouseProjectMoveProcess.VAR_LEFT_BY, caller.username()));
        Log.infof("Young person %s left the House Project (membership %s)", youngPersonId, membership.id);
        return records.toResponse(memberships.findById(membership.id));
    }
}
