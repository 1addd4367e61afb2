package app.waypoint.houseproject.domain.membership;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.houseproject.domain.records.MembershipEventKind;
import app.waypoint.houseproject.domain.records.MembershipStatus;
import app.waypoint.houseproject.domain.records.SuitabilityAnswers;
import app.waypoint.houseproject.domain.records.TenancyType;
import app.waypoint.houseproject.domain.schedule.HouseProjectConfig;
import app.waypoint.houseproject.domain.schedule.HouseProjectSchedule;
import app.waypoint.houseproject.process.HouseProjectMoveProcess;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewService;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeKind;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeRequest;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the House Project move's steps record (called by its delegates and listener, inside the engine's transaction: a
 * refusal here rolls the step back and its task stays open).
 */
@ApplicationScoped
public class HouseProjectSteps {

    private final MembershipRepository memberships;
    private final CohortRepository cohorts;
    private final MembershipEventRepository events;
    private final SuitabilityAssessmentRepository assessments;
    private final AttendanceRepository attendance;
    private final PathwayReviewService reviews;
    private final StaffService staff;
    private final HouseProjectSchedule schedule;
    private final HouseProjectConfig config;
    private final WaypointClock clock;

    HouseProjectSteps(MembershipRepository memberships, CohortRepository cohorts, MembershipEventRepository events,
                      SuitabilityAssessmentRepository assessments, AttendanceRepository attendance, PathwayReviewService reviews,
                      StaffService staff, HouseProjectSchedule schedule, HouseProjectConfig config, WaypointClock clock) {
        this.memberships = memberships;
        this.cohorts = cohorts;
        this.events = events;
        this.assessments = assessments;
        this.attendance = attendance;
        this.reviews = reviews;
        this.staff = staff;
        this.schedule = schedule;
        this.config = config;
        this.clock = clock;
    }

    /** A step completed, for the membership's history. */
    @Transactional
    public void stepCompleted(UUID membershipId, String stepId, String stepName, String by) {
        events.persist(new MembershipEvent(membershipId, MembershipEventKind.STEP_COMPLETED, stepId, stepName, null, clock.now(), by));
    }

    /** After the interview: without an offer of a place the membership ends here. */
    @Transactional
    public void interviewed(UUID membershipId, boolean placeOffered, String note, String by) {
        if (!placeOffered) {
            close(membership(membershipId), MembershipStatus.NOT_OFFERED, note, by);
        }
    }

    /** The young person takes a place in the cohort: 409 when it is full. Returns who leads it and the first weekly session. */
    @Transactional
    public Joined joinCohort(UUID membershipId, String cohortId) {
        Cohort cohort = parse(cohortId).flatMap(cohorts::findByIdOptional).orElseThrow(() -> new RuleViolationException("unknown-cohort",
                "There is no House Project cohort with id " + cohortId + ".", List.of(new FieldError("cohortId", "no such cohort"))));
        memberships.lockCohort(cohort.id);
        long taken = memberships.placesTaken(cohort.id);
        requirePlaceLeft(cohort, taken);
        Membership membership = membership(membershipId);
        membership.cohortId = cohort.id;
        membership.status = MembershipStatus.IN_COHORT;
        Log.infof("House Project membership %s joined cohort %s (%d of %d places)", membershipId, cohort.id, taken + 1, cohort.capacity);
        return new Joined(cohort.lead(), schedule.firstSession(cohort.startsOn));
    }

    /** Attendance at one weekly session; returns the day of the next session, a week later. */
    @Transactional
    public LocalDate sessionRecorded(UUID membershipId, LocalDate sessionOn, boolean attended, String note, String by) {
        attendance.persist(new Attendance(membershipId, sessionOn, attended, note, by));
        return sessionOn.plusWeeks(1);
    }

    /**
     * [§2d step 5, §2b] the young person is ready to move: recorded as a significant change (a House Project move) by the manager
     * who decided, so a pathway review starts (or the change is recorded on the open one).
     */
    @Transactional
    public void ready(UUID membershipId, String note, String decidedBy) {
        Membership membership = membership(membershipId);
        membership.status = MembershipStatus.FINDING_HOME;
        reviews.recordSignificantChange(membership.youngPersonId, new SignificantChangeRequest(SignificantChangeKind.HOUSE_PROJECT_MOVE,
                clock.today(), "House Project: ready to move. " + note, null),
                staff.callerFor(decidedBy).orElseThrow(() -> new IllegalStateException("No member of staff " + decidedBy + " decided")));
    }

    /** A property identified with the housing provider; its suitability is still to be assessed. */
    @Transactional
    public void propertyIdentified(UUID membershipId, String address, String housingProvider) {
        Membership membership = membership(membershipId);
        membership.propertyAddress = address;
        membership.housingProvider = housingProvider;
        membership.propertySuitable = null;
    }

    /** The property's suitability: 422 naming each factor unanswered and a missing rationale, and then nothing is saved. */
    @Transactional
    public void suitabilityAssessed(UUID membershipId, SuitabilityAnswers answers, String by) {
        answers.requireComplete();
        Membership membership = membership(membershipId);
        assessments.persist(new SuitabilityAssessment(membershipId, membership.propertyAddress, answers, clock.now(), by));
        membership.propertySuitable = answers.suitable();
    }

    /** [L] the spend on setting up the home, in whole pounds, within the setting-up-home allowance. */
    @Transactional
    public void homeSetUp(UUID membershipId, long spent, String note) {
        requireWithinAllowance(spent, config.settingUpHomeAllowance());
        Membership membership = membership(membershipId);
        membership.settingUpSpent = (int) spent;
        membership.settingUpNote = note;
    }

    /**
     * The young person has moved in: the tenancy's type and start, and the day of the move (not in the future). A move is never
     * completed into a property without a suitability assessment that found it suitable (422 otherwise).
     */
    @Transactional
    public void movedIn(UUID membershipId, String tenancyType, LocalDate tenancyStartsOn, LocalDate movedInOn) {
        TenancyType type = tenancyType(tenancyType);
        requireHappened(movedInOn, clock.today());
        Membership membership = membership(membershipId);
        requireJudgedSuitable(membership.propertySuitable);
        membership.tenancyType = type;
        membership.tenancyStartsOn = tenancyStartsOn;
        membership.movedInOn = movedInOn;
        membership.status = MembershipStatus.MOVED_IN;
    }

    /**
     * One tenancy sustainment check ({@code checksDone} before it). A tenancy no longer held ends the membership; the last
     * check held ends it as sustained (the young person has graduated to the community). Returns whether more checks follow.
     */
    @Transactional
    public boolean tenancyChecked(UUID membershipId, long checksDone, boolean held, String note, String by) {
        Membership membership = membership(membershipId);
        if (!held) {
            close(membership, MembershipStatus.TENANCY_ENDED, note, by);
            return false;
        }
        if (schedule.isLastCheck(checksDone)) {
            close(membership, MembershipStatus.SUSTAINED, note, by);
            return false;
        }
        return true;
    }

    /** The young person left (the history already has the step they left at, written when they asked). */
    @Transactional
    public void left(UUID membershipId, String reason) {
        Membership membership = membership(membershipId);
        membership.close(MembershipStatus.LEFT, reason, clock.now());
    }

    private void close(Membership membership, MembershipStatus end, String reason, String by) {
        membership.close(end, reason, clock.now());
        events.persist(new MembershipEvent(membership.id, MembershipEventKind.CLOSED, null, null, end + ": " + reason, clock.now(), by));
    }

    private Membership membership(UUID membershipId) {
        return memberships.findById(membershipId);
    }

    /** A cohort takes no one once all its places are taken (409). */
    static void requirePlaceLeft(Cohort cohort, long taken) {
        if (taken >= cohort.capacity) {
            throw new ConflictException("cohort-full", "Cohort " + cohort.name + " has no place left: all " + cohort.capacity
                    + " are taken. Offer a place in another cohort.");
        }
    }

    /** The spend on setting up the home is between £0 and the allowance (422 otherwise). */
    static void requireWithinAllowance(long spent, int allowance) {
        if (spent < 0 || spent > allowance) {
            throw new RuleViolationException("over-setting-up-home-allowance", "The spend must be between £0 and the setting-up-home "
                    + "allowance of £" + allowance + ".",
                    List.of(new FieldError(HouseProjectMoveProcess.VAR_SETTING_UP_SPENT, "must be within the allowance")));
        }
    }

    /** A move-in needs the property assessed and judged suitable, with the rationale the assessment requires (422 otherwise). */
    static void requireJudgedSuitable(Boolean propertySuitable) {
        if (!Boolean.TRUE.equals(propertySuitable)) {
            throw new RuleViolationException("move-in-without-suitability", "A move-in is recorded only into a property assessed as "
                    + "suitable: assess the property's suitability first.",
                    List.of(new FieldError(HouseProjectMoveProcess.VAR_MOVED_IN_ON, "the property has no suitability judgement finding it suitable")));
        }
    }

    /** A move-in is recorded once it has happened: not after today (422 otherwise). */
    static void requireHappened(LocalDate movedInOn, LocalDate today) {
        if (movedInOn.isAfter(today)) {
            throw new RuleViolationException("move-in-in-future", "A move-in is recorded once it has happened.",
                    List.of(new FieldError(HouseProjectMoveProcess.VAR_MOVED_IN_ON, "must not be in the future")));
        }
    }

    static TenancyType tenancyType(String value) {
        try {
            return TenancyType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("unknown-tenancy-type", "The tenancy type must be one of "
                    + List.of(TenancyType.values()) + ".",
                    List.of(new FieldError(HouseProjectMoveProcess.VAR_TENANCY_TYPE, "unknown tenancy type")));
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Who leads the cohort just joined, and the day of its first weekly session for the young person. */
    public record Joined(String lead, LocalDate firstSession) {
    }
}
