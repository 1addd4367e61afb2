package app.waypoint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real RS256 bearer tokens, as a council's identity provider would sign them: the service verifies them with the public key
 * written next to the benchmark's data (its own key pair, made once, never used elsewhere). Signed by hand with the JDK, so
 * the driver needs no JWT library; one token per user, valid for seven hours (the service accepts up to eight).
 */
final class BearerTokens {

    static final String ISSUER = "waypoint-bench";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey signingKey;
    private final Path publicKey;
    private final Map<String, String> issued = new ConcurrentHashMap<>();

    private BearerTokens(PrivateKey signingKey, Path publicKey) {
        this.signingKey = signingKey;
        this.publicKey = publicKey;
    }

    static BearerTokens inFolder(Path folder) throws IOException, GeneralSecurityException {
        Files.createDirectories(folder);
        Path privateFile = folder.resolve("signing-key.der");
        Path publicFile = folder.resolve("verification-key.pem");
        if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.write(privateFile, pair.getPrivate().getEncoded());
            Files.writeString(publicFile, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
        }
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
        return new BearerTokens(key, publicFile);
    }

    /** The public key's location, for MP_JWT_VERIFY_PUBLICKEY_LOCATION. */
    String publicKeyLocation() {
        return publicKey.toAbsolutePath().toUri().toString();
    }

    /** "Bearer ..." for this member of staff (the role comes from their staff record; the token only names them). */
    String bearer(String username) {
        return issued.computeIfAbsent(username, this::sign);
    }

    private String sign(String username) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"waypoint\",\"upn\":\"" + username + "\",\"sub\":\"" + username
                + "\",\"groups\":[\"worker\"],\"iat\":" + now + ",\"exp\":" + (now + 7 * 3600) + "}";
        String content = encode(header) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signingKey);
            signature.update(content.getBytes(StandardCharsets.US_ASCII));
            return "Bearer " + content + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
