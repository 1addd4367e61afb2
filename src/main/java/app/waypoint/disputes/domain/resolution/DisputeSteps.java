package app.waypoint.disputes.domain.resolution;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.disputes.domain.records.DisputeEventKind;
import app.waypoint.disputes.domain.records.DisputeStage;
import app.waypoint.disputes.domain.records.DisputeStatus;
import app.waypoint.people.allocations.ResponsibilityService;
import app.waypoint.people.allocations.Responsibles;
import app.waypoint.shared.RuleViolationException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The steps of {@code IroDisputeProcess}, one method per service task: each updates the dispute, writes its record and
 * tells the right people, in the engine's transaction.
 */
@ApplicationScoped
public class DisputeSteps {

    private final DisputeRepository disputes;
    private final DisputeEventRepository events;
    private final DisputeTimetable timetable;
    private final DisputeNotices notices;
    private final ResponsibilityService responsibilities;
    private final WaypointClock clock;

    DisputeSteps(DisputeRepository disputes, DisputeEventRepository events, DisputeTimetable timetable, DisputeNotices notices,
                 ResponsibilityService responsibilities, WaypointClock clock) {
        this.disputes = disputes;
        this.events = events;
        this.timetable = timetable;
        this.notices = notices;
        this.responsibilities = responsibilities;
        this.clock = clock;
    }

    /** The formal process begins: its 20-working-day limit runs from today. */
    @Transactional
    public Instant startFormal(UUID disputeId) {
        Dispute dispute = disputes.findById(disputeId);
        dispute.formalStartedAt = clock.now();
        dispute.formalLimitAt = timetable.formalLimit(clock.today());
        return dispute.formalLimitAt;
    }

    /** A formal stage begins: its respondent is chosen, given a due date and told. */
    @Transactional
    public StageStart startStage(UUID disputeId, DisputeStage stage) {
        Dispute dispute = disputes.findById(disputeId);
        Responsibles people = responsibilities.responsibleFor(dispute.youngPersonId);
        dispute.stage = stage;
        dispute.respondent = respondent(stage, people).orElse(null);
        dispute.responseDueAt = timetable.responseDue(stage, clock.today());
        record(dispute, DisputeEventKind.STAGE_CHANGED, null, "Respondent: " + Optional.ofNullable(dispute.respondent).orElse("team managers"));
        notices.stageStarted(dispute, people);
        Log.infof("Dispute %s moved to stage %s", disputeId, stage);
        return new StageStart(dispute.respondent, dispute.responseDueAt);
    }

    /** A response arrived (informal or formal): it goes on the record and the IRO is asked to judge it. */
    @Transactional
    public Instant recordResponse(UUID disputeId, String response, String by) {
        Dispute dispute = disputes.findById(disputeId);
        Responsibles people = responsibilities.responsibleFor(dispute.youngPersonId);
        record(dispute, DisputeEventKind.RESPONSE, by, response);
        notices.responseArrived(dispute, people, iro(dispute, people));
        return timetable.iroDue(clock.today());
    }

    /** The IRO's judgement goes on the record; when not satisfied, the stage to go to (the one named if later, else the next). */
    @Transactional
    public Judgement recordJudgement(UUID disputeId, boolean satisfied, String nextStage, String note, String by) {
        Dispute dispute = disputes.findById(disputeId);
        record(dispute, DisputeEventKind.JUDGEMENT, by, (satisfied ? "Satisfied" : "Not satisfied") + (note == null ? "" : ": " + note));
        return judgement(dispute.stage, satisfied, nextStage);
    }

    /** Where a judgement at the stage leads: nowhere when satisfied or at the last stage, else the stage named if later, else the next. */
    static Judgement judgement(DisputeStage stage, boolean satisfied, String nextStage) {
        if (satisfied || stage.isLast()) {
            return new Judgement(null, false);
        }
        DisputeStage named = nextStage == null ? null : stage(nextStage);
        return new Judgement(named != null && named.isLaterThan(stage) ? named : stage.next(), true);
    }

    /** The respondent's due date passed without a response: the IRO is told. */
    @Transactional
    public void responseOverdue(UUID disputeId) {
        Dispute dispute = disputes.findById(disputeId);
        Responsibles people = responsibilities.responsibleFor(dispute.youngPersonId);
        record(dispute, DisputeEventKind.OVERDUE, null, "No response from " + dispute.respondent);
        notices.responseOverdue(dispute, people, iro(dispute, people));
    }

    /** The formal process reached its limit: the IRO and the director are told; returns when the IRO should decide on Cafcass. */
    @Transactional
    public Instant reachLimit(UUID disputeId) {
        Dispute dispute = disputes.findById(disputeId);
        Responsibles people = responsibilities.responsibleFor(dispute.youngPersonId);
        dispute.respondent = null;
        dispute.responseDueAt = null;
        record(dispute, DisputeEventKind.LIMIT_REACHED, null, "The formal process reached its limit without resolution");
        Set<String> to = new LinkedHashSet<>();
        to.add(iro(dispute, people));
        people.director().ifPresent(to::add);
        notices.limitReached(dispute, people, to);
        return timetable.iroDue(clock.today());
    }

    /** The IRO's decision on a Cafcass referral at the limit; a referral sets the flag unless it is set already. */
    @Transactional
    public void recordCafcassDecision(UUID disputeId, boolean referToCafcass, String note, String by) {
        Dispute dispute = disputes.findById(disputeId);
        record(dispute, DisputeEventKind.CAFCASS, by, (referToCafcass ? "Referral to Cafcass" : "No referral to Cafcass")
                + (note == null ? "" : ": " + note));
        if (referToCafcass && dispute.cafcassReferredAt == null) {
            dispute.cafcassReferredAt = clock.now();
            dispute.cafcassNote = note;
        }
    }

    @Transactional
    public void close(UUID disputeId, DisputeStatus outcome) {
        Dispute dispute = disputes.findById(disputeId);
        Responsibles people = responsibilities.responsibleFor(dispute.youngPersonId);
        Set<String> told = new LinkedHashSet<>();
        told.add(iro(dispute, people));
        told.addAll(people.teamManagers());
        Optional.ofNullable(dispute.respondent).ifPresent(told::add);
        dispute.status = outcome;
        dispute.closedAt = clock.now();
        dispute.respondent = null;
        dispute.responseDueAt = null;
        record(dispute, DisputeEventKind.CLOSED, null, switch (outcome) {
            case RESOLVED -> "Resolved";
            case UNRESOLVED -> "Unresolved at DCS stage: consider Cafcass";
            case LIMIT_REACHED -> "Formal limit reached";
            case OPEN -> throw new IllegalArgumentException("A dispute cannot close as open");
        });
        notices.closed(dispute, people, told);
        Log.infof("Dispute %s closed: %s", disputeId, outcome);
    }

    private void record(Dispute dispute, DisputeEventKind kind, String by, String text) {
        events.persist(new DisputeEvent(dispute.id, clock.now(), kind, by, dispute.stage, text));
    }

    /** The young person's IRO now, or the one who raised the dispute if they have none. */
    private static String iro(Dispute dispute, Responsibles people) {
        return people.iro().orElse(dispute.raisedBy);
    }

    /** Stage 1 the team's first manager, 2 the service manager, 3 the head of service, 4 the director; a gap falls to the team. */
    static Optional<String> respondent(DisputeStage stage, Responsibles people) {
        Optional<String> teamManager = people.teamManagers().stream().findFirst();
        Optional<String> senior = switch (stage) {
            case INFORMAL, TEAM_MANAGER -> teamManager;
            case SERVICE_MANAGER -> people.serviceManager();
            case HEAD_OF_SERVICE -> people.headOfService();
            case DCS -> people.director();
        };
        return senior.or(() -> teamManager);
    }

    private static DisputeStage stage(String name) {
        try {
            return DisputeStage.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("unknown-dispute-stage", "There is no dispute stage " + name + ".");
        }
    }

    /** Who responds at a stage, and by when. */
    public record StageStart(String respondent, Instant responseDue) {
    }

    /** Where a judgement leads: the next stage (null when satisfied or at the last stage) and whether one is left. */
    public record Judgement(DisputeStage nextStage, boolean stagesLeft) {
    }
}
