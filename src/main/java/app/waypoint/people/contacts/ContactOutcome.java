package app.waypoint.people.contacts;

/** Whether a contact was made, or only attempted (no answer, not at home): an attempt does not count as being in touch. */
public enum ContactOutcome {
    MADE("Contact made"), ATTEMPTED("Attempted, no contact");

    private final String words;

    ContactOutcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
