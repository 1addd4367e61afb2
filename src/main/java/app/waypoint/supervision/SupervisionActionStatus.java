package app.waypoint.supervision;

public enum SupervisionActionStatus {
    OPEN, CLOSED
}
