package app.waypoint.housing.domain;

import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_HOUSING_AUTHORITY;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_OUTCOME;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_OUTCOME_ON;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_REFERRED_ON;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.housing.process.HomelessnessReferralProcess;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Homelessness referrals under the duty to refer (Housing Act 1996 s213B, inserted by the Homelessness Reduction Act 2017), and
 * every rule about them. A worker opens one when a young person is homeless or threatened with homelessness within 56 days: one
 * open at a time, which marks them at risk of homelessness. {@code HomelessnessReferralProcess} then asks their personal adviser
 * (else their social worker) to refer them, with their consent, to the housing authority they choose, and then to record the
 * housing authority's outcome, which closes it. Without consent no referral is made and it closes at once.
 */
@ApplicationScoped
public class HomelessnessReferralService {

    /** Threatened with homelessness: likely to become homeless within this many days (Housing Act 1996 s175(4)). */
    static final int THREAT_DAYS = 56;

    private final HomelessnessReferralRepository referrals;
    private final VisibilityService visibility;
    private final AllocationService allocations;
    private final ProcessGateway processes;
    private final WorkingCalendar calendar;
    private final HousingConfig config;
    private final WaypointClock clock;

    HomelessnessReferralService(HomelessnessReferralRepository referrals, VisibilityService visibility, AllocationService allocations,
                                ProcessGateway processes, WorkingCalendar calendar, HousingConfig config, WaypointClock clock) {
        this.referrals = referrals;
        this.visibility = visibility;
        this.allocations = allocations;
        this.processes = processes;
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Opens a referral: 403 for the young person's IRO (their worker refers), 422 for a day identified in the future, 409 while
     * another is open. The referral task is due {@code waypoint.housing.refer-working-days} after the day identified.
     */
    @Transactional
    public HomelessnessReferralResponse start(UUID youngPersonId, StartReferralRequest request, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (caller.is(StaffRole.IRO)) {
            throw new ForbiddenException("The young person's IRO does not make the homelessness referral; their worker does.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.reason() == null) {
            errors.add(new FieldError("reason", "must be given: homeless, or threatened with homelessness within 56 days"));
        }
        if (request.identifiedOn() == null) {
            errors.add(new FieldError("identifiedOn", "must be given"));
        } else if (request.identifiedOn().isAfter(clock.today())) {
            errors.add(new FieldError("identifiedOn", "must not be in the future"));
        }
        checkLikelyHomelessOn(request, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-homelessness-referral", "The risk of homelessness cannot be recorded as it is.", errors);
        }
        if (referrals.openFor(youngPersonId).isPresent()) {
            throw new ConflictException("homelessness-referral-open",
                    "A homelessness referral is already open for this young person: record its steps before starting another.");
        }
        LocalDate referDue = calendar.plusWorkingDays(request.identifiedOn(), config.referWorkingDays());
        HomelessnessReferral referral = new HomelessnessReferral(youngPersonId, request.reason(), request.identifiedOn(), request.likelyHomelessOn(),
                blankToNull(request.note()), referDue, caller.username(), clock.now());
        referrals.persist(referral);
        Map<String, Object> variables = new HashMap<>();
        variables.put(HomelessnessReferralProcess.VAR_YOUNG_PERSON_ID, youngPersonId.toString());
        if (caller.teamId() != null) {
            variables.put(HomelessnessReferralProcess.VAR_TEAM_ID, caller.teamId().toString());
        }
        variables.put(HomelessnessReferralProcess.VAR_REFERRAL_ID, referral.id.toString());
        variables.put(HomelessnessReferralProcess.VAR_REFERRER, allocations.allocatedUsername(youngPersonId, AllocationKind.PERSONAL_ADVISER,
                AllocationKind.SOCIAL_WORKER).orElse(null));
        variables.put(HomelessnessReferralProcess.VAR_REASON, request.reason().name());
        variables.put(HomelessnessReferralProcess.VAR_REFER_DUE, Date.from(WaypointClock.endOf(referDue)));
        referral.processInstanceId = processes.start(HomelessnessReferralProcess.KEY, youngPersonId.toString(), variables);
        Log.debugf("Homelessness referral %s opened for young person %s", referral.id, youngPersonId);
        return toResponse(referral);
    }

    /** The young person's referrals, newest first, whether they are at risk, and what the caller may do (404 unless visible). */
    @Transactional
    public HomelessnessReferralsResponse list(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        List<HomelessnessReferralResponse> all = referrals.ofYoungPerson(youngPersonId).stream().map(HomelessnessReferralService::toResponse)
                .toList();
        boolean atRisk = all.stream().anyMatch(HomelessnessReferralResponse::open);
        boolean mayStart = !atRisk && !caller.is(StaffRole.IRO) && visibility.canAct(youngPersonId, caller);
        return new HomelessnessReferralsResponse(atRisk, all, mayStart ? List.of(HomelessnessReferralAction.START) : List.of());
    }

    /** Whether a referral is open for the young person, for pages that already checked the caller may see them. */
    @Transactional
    public boolean atRisk(UUID youngPersonId) {
        return referrals.openFor(youngPersonId).isPresent();
    }

    /** Every referral of the young person, newest first, without a caller check (for a feature that made its own). */
    @Transactional
    public List<HomelessnessReferralResponse> history(UUID youngPersonId) {
        return referrals.ofYoungPerson(youngPersonId).stream().map(HomelessnessReferralService::toResponse).toList();
    }

    /**
     * The referral task is done. With both consents, the referral is recorded (422 naming the field when the day referred is
     * missing, in the future or before the risk was identified, or the housing authority is missing) and the outcome's due day
     * is returned; without them, no referral may be made (s213B(2)) and the referral closes, returning empty.
     */
    @Transactional
    public Optional<LocalDate> referred(UUID referralId, ReferralMade made, String by) {
        HomelessnessReferral referral = referrals.findById(referralId);
        referral.reason = made.reason();
        if (!made.consented()) {
            referral.notReferredBecause = made.consentToRefer() ? "The young person did not agree to their contact details being shared"
                    : "The young person did not consent to the referral";
            referral.referredBy = by;
            referral.closedAt = clock.now();
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        if (made.referredOn() == null) {
            errors.add(new FieldError(VAR_REFERRED_ON, "enter the day the referral was made"));
        } else if (made.referredOn().isAfter(clock.today())) {
            errors.add(new FieldError(VAR_REFERRED_ON, "must not be in the future"));
        } else if (made.referredOn().isBefore(referral.identifiedOn)) {
            errors.add(new FieldError(VAR_REFERRED_ON, "must not be before the risk was identified (" + referral.identifiedOn + ")"));
        }
        if (made.housingAuthority() == null || made.housingAuthority().isBlank()) {
            errors.add(new FieldError(VAR_HOUSING_AUTHORITY, "enter the housing authority the young person chose"));
        } else if (made.housingAuthority().strip().length() > 160) {
            errors.add(new FieldError(VAR_HOUSING_AUTHORITY, "must be 160 characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-homelessness-referral", "The referral cannot be recorded as it is.", errors);
        }
        referral.referredOn = made.referredOn();
        referral.housingAuthority = made.housingAuthority().strip();
        referral.referredBy = by;
        referral.outcomeDue = calendar.plusWorkingDays(clock.today(), config.outcomeWorkingDays());
        return Optional.of(referral.outcomeDue);
    }

    /**
     * The housing authority's outcome, which closes the referral: 422 naming the field for an unknown outcome, or a day in the
     * future or before the referral.
     */
    @Transactional
    public void outcomeRecorded(UUID referralId, String outcome, LocalDate outcomeOn, String note, String by) {
        HomelessnessReferral referral = referrals.findById(referralId);
        List<FieldError> errors = new ArrayList<>();
        HousingAuthorityOutcome chosen = null;
        try {
            chosen = HousingAuthorityOutcome.valueOf(String.valueOf(outcome));
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(VAR_OUTCOME, "must be one of " + List.of(HousingAuthorityOutcome.values())));
        }
        if (outcomeOn.isAfter(clock.today())) {
            errors.add(new FieldError(VAR_OUTCOME_ON, "must not be in the future"));
        } else if (outcomeOn.isBefore(referral.referredOn)) {
            errors.add(new FieldError(VAR_OUTCOME_ON, "must not be before the referral (" + referral.referredOn + ")"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-housing-outcome", "The housing authority's outcome cannot be recorded as it is.", errors);
        }
        referral.outcome = chosen;
        referral.outcomeOn = outcomeOn;
        referral.outcomeNote = blankToNull(note);
        referral.outcomeBy = by;
        referral.closedAt = clock.now();
    }

    /**
     * A threat of homelessness is the likelihood of losing one's home within 56 days (Housing Act 1996 s175(4)): the day they
     * are likely to lose it, when known, is after the day identified and at most 56 days later. A young person already
     * homeless has no such day.
     */
    private static void checkLikelyHomelessOn(StartReferralRequest request, List<FieldError> errors) {
        LocalDate likely = request.likelyHomelessOn();
        if (likely == null || request.identifiedOn() == null || request.reason() == null) {
            return;
        }
        if (request.reason() == HomelessnessReason.HOMELESS) {
            errors.add(new FieldError("likelyHomelessOn", "give it only for a young person threatened with homelessness, not one already homeless"));
        } else if (!likely.isAfter(request.identifiedOn())) {
            errors.add(new FieldError("likelyHomelessOn", "must be after the day the risk was identified: a young person without a home now is homeless"));
        } else if (likely.isAfter(request.identifiedOn().plusDays(THREAT_DAYS))) {
            errors.add(new FieldError("likelyHomelessOn", "must be within 56 days of the day identified (s175(4)); the duty to refer is "
                    + "for a threat within 56 days"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static HomelessnessReferralResponse toResponse(HomelessnessReferral referral) {
        return new HomelessnessReferralResponse(referral.id, referral.youngPersonId, referral.reason, referral.identifiedOn, referral.likelyHomelessOn,
                referral.note,
                referral.startedBy, referral.status(), referral.open(), referral.referDue, referral.referredOn, referral.housingAuthority,
                referral.referredBy, referral.notReferredBecause, referral.outcomeDue, referral.outcome, referral.outcomeOn,
                referral.outcomeNote, referral.outcomeBy);
    }
}
