package app.waypoint.demo;

import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.NotFoundException;
import io.smallrye.jwt.build.Jwt;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Local sign-in for the demo council: a bearer token for a demo user, signed with the locally generated key. Only
 * answers in the local demo (the Quarkus profile `local`); it is not in the production jar at all.
 */
@Path("/demo/tokens")
@Tag(name = "Demo")
class DemoTokenResource {

    static final Duration LIFETIME = Duration.ofHours(8);

    private final StaffService staff;
    private final boolean enabled;

    DemoTokenResource(StaffService staff, @ConfigProperty(name = "waypoint.demo.enabled") boolean enabled) {
        this.staff = staff;
        this.enabled = enabled;
    }

    @GET
    @Path("/{username}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "A bearer token for a demo user (local demo only)")
    public String token(@PathParam("username") String username) {
        StaffResponse member = staff.byUsername(username).filter(found -> enabled)
                .orElseThrow(() -> new NotFoundException("demo user", username));
        return Jwt.upn(member.username())
                .preferredUserName(member.username())
                .groups(Set.of(member.role().roleName()))
                .expiresIn(LIFETIME)
                .sign();
    }
}
