package app.waypoint.youngpersonview.domain.settings;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The young person's own Waypoint: how they sign in, what they are asked, and the council's own words (README). */
@ConfigMapping(prefix = "waypoint.young-person-view")
public interface YoungPersonViewConfig {

    /**
     * Which {@link app.waypoint.youngpersonview.domain.senders.YoungPersonMessenger} sends sign-in codes (its {@code @Identifier}):
     * {@code mail} (Quarkus Mailer, the default), {@code log} (keeps the code in memory and writes it to the log: tests and the
     * local demo only), {@code sms} (GOV.UK Notify), or several, comma-separated, each contact going through the first that
     * reaches it (e.g. {@code mail,sms}).
     */
    @WithDefault("mail")
    String sender();

    /** How long a sign-in code works after it is sent. */
    @WithDefault("PT10M")
    Duration codeValidity();

    /** How many wrong tries a code allows before it stops working. */
    @WithDefault("5")
    int maxAttempts();

    /** A young person's session ends when they have not used it for this long. */
    @WithDefault("PT30M")
    Duration sessionIdleTimeout();

    /**
     * Local demo and tests only: every code sent is this one (still single use and short-lived), so the demo young person
     * can sign in without a mailbox. Unset in production.
     */
    Optional<String> demoCode();

    /** The questions asked before a review or a visit, in order. */
    List<String> questions();

    /** A file of the council's local offer (see README for its format); unset, the built-in example offer is shown. */
    Optional<String> localOfferFile();

    /** How to complain: the council's complaints telephone number. */
    @WithDefault("0300 123 4567")
    String complaintsPhone();

    /** How to complain: the council's complaints web page. */
    @WithDefault("https://www.example-council.gov.uk/complaints")
    String complaintsUrl();

    /** The advocacy service young people can ask for help. */
    @WithDefault("the National Youth Advocacy Service (NYAS)")
    String advocacyName();

    @WithDefault("0808 808 1001")
    String advocacyPhone();
}
