package app.waypoint.people.visits;

/** The kind of visit a worker books with a young person. */
public enum VisitKind {
    HOME("Home visit"),
    STATUTORY("Statutory visit"),
    PRE_REVIEW("Visit before a review"),
    OUT_OF_AREA("Visit out of area");

    private final String words;

    VisitKind(String words) {
        this.words = words;
    }

    /** The kind in words, as the pages and the task show it. */
    public String words() {
        return words;
    }
}
