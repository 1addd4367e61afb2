package app.waypoint.youngpersonview.domain.senders;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** GOV.UK Notify's REST API, the one call Waypoint makes (a Quarkus REST client, built by {@link NotifySmsMessenger}). */
interface NotifyClient {

    /** What Notify is asked to send: the number, the template, and the template's placeholders. */
    record TextMessage(@JsonProperty("phone_number") String phoneNumber, @JsonProperty("template_id") String templateId,
                       Map<String, String> personalisation) {
    }

    @POST
    @Path("/v2/notifications/sms")
    @Consumes(MediaType.APPLICATION_JSON)
    void sendSms(@HeaderParam("Authorization") String authorization, TextMessage message);
}
