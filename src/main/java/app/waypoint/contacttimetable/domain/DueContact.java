package app.waypoint.contacttimetable.domain;

/** What the timetable asks for next: a visit (reg 8) or any contact made (keeping in touch). */
public enum DueContact {
    VISIT("Visit"), CONTACT("Contact");

    private final String words;

    DueContact(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
