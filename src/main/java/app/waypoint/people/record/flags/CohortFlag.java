package app.waypoint.people.record.flags;

/** Groups inspectors and reports look at (domain notes §5): each set and cleared over time, with history. */
public enum CohortFlag {
    UASC("Unaccompanied asylum-seeking child"),
    YOUNG_PARENT("Young parent"),
    IN_CUSTODY("In custody"),
    DISABLED("Disabled"),
    STAYING_PUT("Staying put"),
    HOUSE_PROJECT("House Project member");

    private final String words;

    CohortFlag(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
