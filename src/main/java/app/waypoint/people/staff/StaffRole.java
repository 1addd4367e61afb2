package app.waypoint.people.staff;

/** What a member of staff does; each is also the security role of their sign-in. */
public enum StaffRole {
    WORKER, MANAGER, IRO, ADMIN;

    /** The security role name (and task candidate group), e.g. {@code worker}. */
    public String roleName() {
        return name().toLowerCase();
    }
}
