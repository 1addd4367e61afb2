package app.waypoint.supervision.domain;

public enum SupervisionActionStatus {
    OPEN, CLOSED
}
