package app.waypoint.risks.domain.records;

/** Where a concern was raised: at a visit or another contact, from the young person's file, or by a significant change recorded. */
public enum RiskSource {
    VISIT("At a visit"),
    CONTACT("At a contact"),
    FILE("From the young person's file"),
    SIGNIFICANT_CHANGE("By a significant change");

    private final String words;

    RiskSource(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
