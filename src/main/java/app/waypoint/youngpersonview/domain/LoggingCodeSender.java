package app.waypoint.youngpersonview.domain;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mock sender of tests and the local demo: it sends nothing, writes the code to the log (without the contact), and keeps
 * the last code per contact for a test to read. Never configure it in production.
 */
@ApplicationScoped
@Identifier("log")
public class LoggingCodeSender implements CodeSender {

    private final Map<String, String> lastCodes = new ConcurrentHashMap<>();

    @Override
    public boolean reaches(ContactKind kind) {
        return true;
    }

    @Override
    public void send(ContactKind kind, String contact, String code) {
        lastCodes.put(ContactKind.normalise(contact), code);
        Log.infof("Young person's sign-in code (mock %s sender): %s", kind.name().toLowerCase(), code);
    }

    @Override
    public void sendNotice(ContactKind kind, String contact, String message) {
        Log.infof("Notice to a young person (mock %s sender): %s", kind.name().toLowerCase(), message);
    }

    /** The last code sent to this contact. */
    public Optional<String> lastCodeFor(String contact) {
        return Optional.ofNullable(lastCodes.get(ContactKind.normalise(contact)));
    }
}
