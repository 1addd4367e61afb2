package app.waypoint.people.contacts;

/** Whether the council is in touch with a young person, as {@link InTouchRule} decides it. */
public enum InTouchState {
    IN_TOUCH("In touch"),
    POSSIBLY_NOT_IN_TOUCH("Possibly not in touch"),
    /** Only ever a manager's recorded, dated decision: never the result of silence alone. */
    NOT_IN_TOUCH("Not in touch");

    private final String words;

    InTouchState(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
