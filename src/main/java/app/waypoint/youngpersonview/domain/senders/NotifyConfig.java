package app.waypoint.youngpersonview.domain.senders;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * GOV.UK Notify, through which {@link NotifySmsMessenger} sends text messages when {@code waypoint.young-person-view.sender=sms}
 * (README "The young person's view"). The API key and the two templates are made in the council's Notify service.
 */
@ConfigMapping(prefix = "waypoint.young-person-view.notify")
public interface NotifyConfig {

    /** Notify's API address. */
    @WithDefault("https://api.notifications.service.gov.uk")
    String baseUrl();

    /** The API key ({@code name-serviceId-secret}, as Notify shows it once): a secret, never committed. */
    Optional<String> apiKey();

    /** The text message template of the sign-in code, with the placeholder {@code ((code))}. */
    Optional<String> codeTemplateId();

    /** The text message template of a notice, with the placeholder {@code ((message))}. */
    Optional<String> noticeTemplateId();

    /** How long to wait for Notify to connect and to answer; past it the message is given up (and logged). */
    @WithDefault("PT5S")
    Duration timeout();
}
