package app.waypoint.testsupport;

import app.waypoint.people.staff.StaffResponse;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;

/**
 * Signed bearer tokens for test users: for Waypoint's audience ({@code smallrye.jwt.new-token.audience}), issued now and
 * valid for five minutes. The role in {@code groups} is what a council's token might assert; Waypoint ignores it and uses
 * the staff record's role.
 */
public final class Tokens {

    private Tokens() {
    }

    /** The claims of a good token, to change one of them before signing. */
    public static JwtClaimsBuilder claims(String username, String role) {
        return Jwt.upn(username).groups(Set.of(role));
    }

    public static String of(String username, String role) {
        return claims(username, role).sign();
    }

    public static String bearer(String username, String role) {
        return "Bearer " + of(username, role);
    }

    /** A bearer token for a member of staff, with their own role. */
    public static String bearer(StaffResponse member) {
        return bearer(member.username(), member.role().roleName());
    }
}
