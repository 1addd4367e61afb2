package app.waypoint.risks.domain.records;

/** Where a concern stands: waiting for the manager, accepted as an active risk (with a safety plan), not accepted, or closed at a review. */
public enum RiskStatus {
    AWAITING_DECISION("Awaiting a manager's decision"),
    ACTIVE("Active risk"),
    NOT_ACCEPTED("Not accepted as a risk"),
    CLOSED("Closed");

    private final String words;

    RiskStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
