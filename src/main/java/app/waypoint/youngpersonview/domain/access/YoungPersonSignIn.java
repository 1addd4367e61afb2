package app.waypoint.youngpersonview.domain.access;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.youngpersonview.domain.senders.ConfiguredMessenger;
import app.waypoint.youngpersonview.domain.senders.ContactKind;
import app.waypoint.youngpersonview.domain.settings.YoungPersonViewConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * How a young person signs in to their own pages: they give the e-mail or mobile their worker invited, get a one-time code
 * (YoungPersonMessenger), type it in, and get a session of their own. That session is never a staff identity: the staff pages and
 * /api know nothing of it, and their pages take the young person's id from it alone.
 */
@ApplicationScoped
public class YoungPersonSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final YoungPersonAccessRepository accesses;
    private final SignInCodeRepository codes;
    private final YoungPersonSessionRepository sessions;
    private final ConfiguredMessenger sender;
    private final YoungPersonViewConfig config;
    private final ProviderSignInConfig provider;
    private final AuditService audit;
    private final WaypointClock clock;

    YoungPersonSignIn(YoungPersonAccessRepository accesses, SignInCodeRepository codes, YoungPersonSessionRepository sessions,
                      ConfiguredMessenger sender, YoungPersonViewConfig config, ProviderSignInConfig provider, AuditService audit,
                      WaypointClock clock) {
        this.accesses = accesses;
        this.codes = codes;
        this.sessions = sessions;
        this.sender = sender;
        this.config = config;
        this.provider = provider;
        this.audit = audit;
        this.clock = clock;
    }

    /** What typing a code led to: a session token when {@link CodeCheck#ACCEPTED}. */
    public record Outcome(CodeCheck check, String sessionToken) {
    }

    /**
     * Sends a code to {@code contact} if a live invitation names it, and answers the reference the browser keeps to type the
     * code in against. The answer is the same whether or not anyone was invited with that contact.
     */
    @Transactional
    public String requestCode(String contact) {
        String reference = random(32);
        String normalised = ContactKind.normalise(contact == null ? "" : contact);
        Optional<YoungPersonAccess> access = normalised.isEmpty() ? Optional.empty() : accesses.liveByContact(normalised);
        if (access.isEmpty()) {
            Log.debug("A sign-in code was asked for a contact no live invitation names");
            return reference;
        }
        String code = config.demoCode().orElseGet(YoungPersonSignIn::sixDigits);
        codes.persist(new SignInCode(SignInCode.hash("", reference), access.get().id, code, clock.now(),
                clock.now().plus(config.codeValidity())));
        sender.get().send(access.get().contactKind, access.get().contact, code);
        return reference;
    }

    /** Checks a typed code against the code the reference names; the right one opens a session. */
    @Transactional
    public Outcome signIn(String reference, String code) {
        if (reference == null || reference.isBlank()) {
            return new Outcome(CodeCheck.SPENT, null);
        }
        Optional<SignInCode> found = codes.findByIdOptional(SignInCode.hash("", reference));
        if (found.isEmpty()) {
            return new Outcome(CodeCheck.WRONG, null);
        }
        CodeCheck check = found.get().check(code, clock.now(), config.maxAttempts());
        Optional<YoungPersonAccess> access = accesses.findByIdOptional(found.get().accessId).filter(YoungPersonAccess::live);
        if (check != CodeCheck.ACCEPTED || access.isEmpty()) {
            return new Outcome(check == CodeCheck.ACCEPTED ? CodeCheck.SPENT : check, null);
        }
        return new Outcome(CodeCheck.ACCEPTED, openSession(access.get(), "a code"));
    }

    /**
     * Signs in the young person whom the council's OpenID Connect provider vouches for, by the first of their verified
     * contacts (e-mail address, then mobile number; {@link ProviderSignInConfig#verifiedContactsOnly()}) a live invitation
     * names: the same session as a code opens. Empty when no live invitation names any of them (never invited, or revoked);
     * the caller then refuses them as it would a wrong contact.
     */
    @Transactional
    public Optional<String> signInVouchedFor(VouchedIdentity identity) {
        Optional<YoungPersonAccess> access = identity.contacts(provider.verifiedContactsOnly()).stream().map(ContactKind::normalise).filter(contact -> !contact.isEmpty())
                .map(accesses::liveByContact).flatMap(Optional::stream).findFirst();
        if (access.isEmpty()) {
            Log.info("The council's provider signed in someone no live invitation names");
            return Optional.empty();
        }
        return Optional.of(openSession(access.get(), "the council's provider"));
    }

    private String openSession(YoungPersonAccess access, String how) {
        String token = random(32);
        sessions.persist(new YoungPersonSession(SignInCode.hash("", token), access.id, access.youngPersonId, clock.now()));
        audit.identifyYoungPerson();
        audit.reached(access.youngPersonId);
        Log.infof("Young person signed in with access %s through %s", access.id, how);
        return token;
    }

    /**
     * The young person a session token belongs to, while the session is open, not idle, and their access not revoked; the
     * request is then theirs in the audit trail.
     */
    @Transactional
    public Optional<UUID> signedIn(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return Optional.empty();
        }
        Optional<YoungPersonSession> found = sessions.findByIdOptional(SignInCode.hash("", sessionToken)).filter(s -> s.endedAt == null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YoungPersonSession session = found.get();
        boolean live = accesses.findByIdOptional(session.accessId).filter(YoungPersonAccess::live).isPresent();
        if (!live || session.lastSeenAt.plus(config.sessionIdleTimeout()).isBefore(clock.now())) {
            session.endedAt = clock.now();
            return Optional.empty();
        }
        session.lastSeenAt = clock.now();
        audit.identifyYoungPerson();
        return Optional.of(session.youngPersonId);
    }

    /** Ends the session (signing out). */
    @Transactional
    public void signOut(String sessionToken) {
        if (sessionToken != null && !sessionToken.isBlank()) {
            sessions.findByIdOptional(SignInCode.hash("", sessionToken)).filter(s -> s.endedAt == null)
                    .ifPresent(session -> session.endedAt = clock.now());
        }
    }

    private static String sixDigits() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
