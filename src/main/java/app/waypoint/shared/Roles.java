package app.waypoint.shared;

/** Security role names, as carried in the token's {@code groups} claim. */
public final class Roles {

    public static final String WORKER = "worker";
    public static final String MANAGER = "manager";
    public static final String IRO = "iro";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
