package app.waypoint.youngpersonview.domain.senders;

import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sends codes and notices by text message through GOV.UK Notify, which councils use ({@code sender=sms}; {@link NotifyConfig}).
 * Mobile numbers only. Notify failing (refusing the number, being down, not answering in time) is logged, without the
 * number, and never reaches the young person: they are told the same as when a code was sent.
 */
@ApplicationScoped
@Identifier("sms")
class NotifySmsMessenger implements YoungPersonMessenger {

    private final NotifyConfig config;
    private final NotifyClient notify;

    NotifySmsMessenger(NotifyConfig config) {
        this.config = config;
        this.notify = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(config.baseUrl()))
                .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(NotifyClient.class);
    }

    @Override
    public boolean reaches(ContactKind kind) {
        return kind == ContactKind.MOBILE;
    }

    @Override
    public void send(ContactKind kind, String contact, String code) {
        text(contact, required(config.codeTemplateId(), "code-template-id"), Map.of("code", code), "sign-in code");
    }

    @Override
    public void sendNotice(ContactKind kind, String contact, String message) {
        text(contact, required(config.noticeTemplateId(), "notice-template-id"), Map.of("message", message), "notice");
    }

    private void text(String number, String templateId, Map<String, String> personalisation, String what) {
        String bearer = NotifyApiKey.parse(required(config.apiKey(), "api-key")).bearer(Instant.now());
        try {
            notify.sendSms(bearer, new NotifyClient.TextMessage(number, templateId, personalisation));
        } catch (WebApplicationException e) {
            // Notify's own words may quote the number: only the status is logged
            Log.warnf("GOV.UK Notify did not send a young person's %s: it answered %d", what, e.getResponse().getStatus());
        } catch (ProcessingException e) {
            Log.warnf("GOV.UK Notify did not send a young person's %s: no answer within %s (%s)", what, config.timeout(),
                    e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName());
        }
    }

    private static String required(Optional<String> value, String name) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() ->
                new IllegalStateException("waypoint.young-person-view.notify." + name + " is needed to send text messages"));
    }
}
