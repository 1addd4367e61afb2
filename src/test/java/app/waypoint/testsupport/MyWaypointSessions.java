package app.waypoint.testsupport;

import app.waypoint.people.staff.Caller;
import app.waypoint.youngpersonview.domain.access.YoungPersonAccessService;
import app.waypoint.youngpersonview.domain.access.YoungPersonSignIn;
import app.waypoint.youngpersonview.domain.senders.LoggingMessenger;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** A young person invited and signed in to their own pages, as the tests need them: the value of their session cookie. */
@ApplicationScoped
public class MyWaypointSessions {

    /** The young person's session cookie's name (web.MePage.SESSION). */
    public static final String COOKIE = "waypoint-me";

    private final YoungPersonAccessService access;
    private final YoungPersonSignIn signIn;
    private final LoggingMessenger sender;

    MyWaypointSessions(YoungPersonAccessService access, YoungPersonSignIn signIn, @Identifier("log") LoggingMessenger sender) {
        this.access = access;
        this.signIn = signIn;
        this.sender = sender;
    }

    /** Invites the young person (by {@code inviter}) with a fresh e-mail address, and signs them in with the code sent. */
    public String signedIn(UUID youngPerson, Caller inviter) {
        String email = "yp." + UUID.randomUUID() + "@example.org";
        access.invite(youngPerson, email, inviter);
        String reference = signIn.requestCode(email);
        return signIn.signIn(reference, sender.lastCodeFor(email).orElseThrow()).sessionToken();
    }
}
