package app.waypoint.supervision.domain.records;

public enum SupervisionActionStatus {
    OPEN, CLOSED
}
