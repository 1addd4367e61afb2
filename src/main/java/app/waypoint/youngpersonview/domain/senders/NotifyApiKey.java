package app.waypoint.youngpersonview.domain.senders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * A GOV.UK Notify API key, {@code keyname-serviceId-secret} (the service id and the secret are each a UUID, 36 characters),
 * and the bearer token Notify asks for on each call: a JWT signed HS256 with the secret, naming the service ({@code iss})
 * and the time it was made ({@code iat}; Notify refuses one more than 30 seconds old).
 */
record NotifyApiKey(String serviceId, String secret) {

    private static final int UUID_LENGTH = 36;

    static NotifyApiKey parse(String apiKey) {
        String key = apiKey.strip();
        if (key.length() < 2 * UUID_LENGTH + 1) {
            throw new IllegalArgumentException("waypoint.young-person-view.notify.api-key is not a GOV.UK Notify API key");
        }
        return new NotifyApiKey(key.substring(key.length() - 2 * UUID_LENGTH - 1, key.length() - UUID_LENGTH - 1),
                key.substring(key.length() - UUID_LENGTH));
    }

    /** The {@code Authorization} header's value for a call made at {@code now} (the real time, as Notify's clock is). */
    String bearer(Instant now) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(serviceId);
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
        try {
            return "Bearer " + jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign the GOV.UK Notify token", e);
        }
    }

    @Override
    public String toString() {
        return "NotifyApiKey[serviceId=" + serviceId + "]";
    }
}
