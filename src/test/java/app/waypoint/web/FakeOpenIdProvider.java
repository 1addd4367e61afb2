package app.waypoint.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A council's OpenID Connect provider in miniature, for the sign-in tests: discovery, its key set, an authorize endpoint that
 * signs in whoever the {@code login_hint} names at once (as if they had typed their name and password there), a token
 * endpoint answering the code with an RS256-signed ID token carrying {@code preferred_username} (and, for a hint with an @, the
 * verified {@code email}; {@code unverified:} before it leaves it unverified), and a sign-out endpoint. Its address goes to
 * {@code quarkus.oidc.auth-server-url}, or to the property the resource's argument {@value #PROPERTY} names (another tenant).
 */
public class FakeOpenIdProvider implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "waypoint";
    public static final String CLIENT_SECRET = "a-client-secret-of-the-test-provider-only";
    static final String KEY_ID = "test-key";
    public static final String PROPERTY = "property";
    private static final String UNVERIFIED = "unverified:";

    private final Map<String, String> usernamesByCode = new ConcurrentHashMap<>();
    private HttpServer server;
    private RsaJsonWebKey key;
    private String issuer;
    private String property = "quarkus.oidc.auth-server-url";
    private volatile String nextLogin = "";

    @Override
    public void init(Map<String, String> args) {
        property = args.getOrDefault(PROPERTY, property);
    }

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            key = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
            key.setPrivateKey(pair.getPrivate());
            key.setKeyId(KEY_ID);
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            issuer = "http://localhost:" + server.getAddress().getPort();
            server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
            server.createContext("/jwks", exchange -> json(exchange, 200, new JsonWebKeySet(key).toJson()));
            server.createContext("/authorize", this::authorize);
            server.createContext("/token", this::token);
            server.createContext("/logout", this::logout);
            server.start();
            return Map.of(property, issuer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.MatchesType(FakeOpenIdProvider.class));
    }

    /** Whom the authorize endpoint signs in when the request has no {@code login_hint} (as from a real browser). */
    public void signsIn(String login) {
        nextLogin = login;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String discovery() {
        return JsonUtil.toJson(Map.of(
                "issuer", issuer,
                "authorization_endpoint", issuer + "/authorize",
                "token_endpoint", issuer + "/token",
                "jwks_uri", issuer + "/jwks",
                "end_session_endpoint", issuer + "/logout",
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256")));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        usernamesByCode.put(code, query.getOrDefault("login_hint", nextLogin));
        redirect(exchange, query.get("redirect_uri") + "?code=" + code + "&state=" + encode(query.get("state")));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String username = usernamesByCode.remove(form.getOrDefault("code", ""));
        if (username == null || !"authorization_code".equals(form.get("grant_type"))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            String token = sign(username);
            json(exchange, 200, JsonUtil.toJson(Map.of("access_token", token, "id_token", token, "token_type", "Bearer", "expires_in", 300)));
        } catch (JoseException e) {
            json(exchange, 500, "{\"error\":\"server_error\"}");
        }
    }

    private void logout(HttpExchange exchange) throws IOException {
        redirect(exchange, parameters(exchange.getRequestURI().getRawQuery()).get("post_logout_redirect_uri"));
    }

    /** The provider's token for a person: it also claims the admin group, which Waypoint must ignore. */
    private String sign(String username) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(CLIENT_ID);
        claims.setSubject("subject-" + username);
        claims.setClaim("preferred_username", username);
        claims.setStringListClaim("groups", "admin");
        if (username.contains("@")) {
            claims.setClaim("email", username.replace(UNVERIFIED, ""));
            claims.setClaim("email_verified", !username.startsWith(UNVERIFIED));
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(key.getPrivateKey());
        signature.setKeyIdHeaderValue(KEY_ID);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return signature.getCompactSerialization();
    }

    private static Map<String, String> parameters(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "", (first, second) -> first));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
