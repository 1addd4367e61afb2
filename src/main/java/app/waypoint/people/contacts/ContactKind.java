package app.waypoint.people.contacts;

/** How a member of staff was in touch with a young person. */
public enum ContactKind {
    VISIT, OFFICE, PHONE, VIDEO, MESSAGE
}
