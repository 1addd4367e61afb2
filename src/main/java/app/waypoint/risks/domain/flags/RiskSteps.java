package app.waypoint.risks.domain.flags;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.risks.domain.records.RiskEventKind;
import app.waypoint.risks.domain.records.RiskStatus;
import app.waypoint.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The steps of {@code RiskDecisionProcess} and {@code SafetyPlanActionProcess}, one method per service task, in the engine's
 * transaction. The decision and the review are recorded through {@link RiskService} (which completes their tasks); a task
 * completed without them is refused here (422, the task stays open).
 */
@ApplicationScoped
public class RiskSteps {

    private final RiskRepository risks;
    private final RiskEventRepository events;
    private final SafetyPlanActionRepository actions;
    private final WaypointClock clock;

    RiskSteps(RiskRepository risks, RiskEventRepository events, SafetyPlanActionRepository actions, WaypointClock clock) {
        this.risks = risks;
        this.events = events;
        this.actions = actions;
        this.clock = clock;
    }

    /** The decision just recorded: whether the risk is active, and the day its safety plan is reviewed. */
    @Transactional
    public Outcome decided(UUID riskId) {
        Risk risk = risks.findById(riskId);
        if (risk.status == RiskStatus.AWAITING_DECISION) {
            throw notOnThePage("Record the decision, with its rationale and any safety plan, on the young person's risks page.");
        }
        return outcome(risk);
    }

    /** The review just recorded: whether the risk stays active, and its next review day. */
    @Transactional
    public Outcome reviewed(UUID riskId) {
        Risk risk = risks.findById(riskId);
        if (!RiskRules.reviewRecorded(risk.status, risk.nextReviewOn, clock.today())) {
            throw notOnThePage("Record the review, with its rationale, on the young person's risks page.");
        }
        return outcome(risk);
    }

    /** The owner completed a safety plan action's task: the action is done, with what was done, on the risk's record. */
    @Transactional
    public void actionDone(UUID actionId, String outcome, String by) {
        SafetyPlanAction action = actions.findById(actionId);
        action.doneAt = clock.now();
        action.outcome = outcome;
        events.persist(new RiskEvent(action.riskId, clock.now(), RiskEventKind.ACTION_DONE, by, action.description + ": " + outcome));
    }

    private static Outcome outcome(Risk risk) {
        return new Outcome(risk.status == RiskStatus.ACTIVE, risk.nextReviewOn);
    }

    private static RuleViolationException notOnThePage(String detail) {
        return new RuleViolationException("risk-recorded-on-its-page", detail);
    }

    /** Whether the risk is active after a decision or review and, if so, when its plan is next reviewed. */
    public record Outcome(boolean active, LocalDate reviewOn) {
    }
}
