package app.waypoint.escalations.domain;

/**
 * Fired when a rung of a late task's chain is raised (once per chain and rung), for the operations metrics; observers that
 * count should do so once the raising transaction has committed. {@code processKey}: the late task's process, if it has one.
 */
public record EscalationRaised(EscalationStage stage, String processKey) {
}
