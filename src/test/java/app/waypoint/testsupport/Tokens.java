package app.waypoint.testsupport;

import app.waypoint.people.StaffResponse;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/** Signed bearer tokens for test users. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String username, String role) {
        return Jwt.upn(username).groups(Set.of(role)).sign();
    }

    public static String bearer(String username, String role) {
        return "Bearer " + of(username, role);
    }

    /** A bearer token for a member of staff, with their own role. */
    public static String bearer(StaffResponse member) {
        return bearer(member.username(), member.role().roleName());
    }
}
