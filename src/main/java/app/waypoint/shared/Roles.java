package app.waypoint.shared;

/** Security role names: the staff record's role (security.StaffRoles), never a token's {@code groups}. */
public final class Roles {

    public static final String WORKER = "worker";
    public static final String MANAGER = "manager";
    public static final String IRO = "iro";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
