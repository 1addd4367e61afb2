package app.waypoint.escalations.domain;

/** The rungs of the overdue chain (domain notes §2): each is raised once per chain, in this order. */
public enum EscalationStage {
    TEAM_MANAGER, SERVICE_MANAGER, HEAD_OF_SERVICE
}
