package app.waypoint.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;

/**
 * GOV.UK Notify's send-a-text-message endpoint in miniature ({@code POST /v2/notifications/sms}): it checks the bearer token as
 * Notify does (HS256 with the API key's secret, {@code iss} the service id, {@code iat} within 30 seconds), keeps what it was
 * asked to send, and answers 201, except for a number ending in 400 (refused: 400), 500 (Notify failing: 500) or 999 (no
 * answer before the sender's timeout). A test gets it injected into a field of this type.
 */
public class FakeNotify implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    public static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public static final String CODE_TEMPLATE = "0d3c6c6a-2f3e-4a59-9f35-5c0f8b2d7a11";
    public static final String NOTICE_TEMPLATE = "5b0e7d1c-8a44-4f0e-b1c7-2d9e6f3a4b22";

    /** A text message Notify was asked to send, and whether its token was good. */
    public record Received(String method, String path, boolean tokenValid, JsonNode body) {
        public String phoneNumber() {
            return body.path("phone_number").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService executor;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            executor = Executors.newCachedThreadPool();
            server.setExecutor(executor);
            server.createContext("/v2/notifications/", this::notification);
            server.start();
            return Map.of(
                    "waypoint.young-person-view.notify.base-url", "http://localhost:" + server.getAddress().getPort(),
                    "waypoint.young-person-view.notify.api-key", "waypoint_test-" + SERVICE_ID + "-" + SECRET,
                    "waypoint.young-person-view.notify.code-template-id", CODE_TEMPLATE,
                    "waypoint.young-person-view.notify.notice-template-id", NOTICE_TEMPLATE,
                    "waypoint.young-person-view.notify.timeout", "PT1S");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.MatchesType(FakeNotify.class));
    }

    /** What was sent to this number, oldest first. */
    public List<Received> sentTo(String number) {
        return received.stream().filter(message -> message.phoneNumber().equals(number)).toList();
    }

    private void notification(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Received message = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), validToken(authorization),
                JSON.readTree(exchange.getRequestBody()));
        received.add(message);
        if (!message.tokenValid()) {
            answer(exchange, 403, "{\"errors\":[{\"error\":\"AuthError\",\"message\":\"Invalid token\"}],\"status_code\":403}");
        } else if (message.phoneNumber().endsWith("400")) {
            answer(exchange, 400, "{\"errors\":[{\"error\":\"ValidationError\",\"message\":\"phone_number " + message.phoneNumber()
                    + " is not a UK mobile number\"}],\"status_code\":400}");
        } else if (message.phoneNumber().endsWith("500")) {
            answer(exchange, 500, "{\"errors\":[{\"error\":\"Exception\",\"message\":\"Internal server error\"}],\"status_code\":500}");
        } else if (message.phoneNumber().endsWith("999")) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        } else {
            answer(exchange, 201, "{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\",\"reference\":null,\"content\":{\"body\":\"sent\"}}");
        }
    }

    private static boolean validToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        try {
            new JwtConsumerBuilder().setVerificationKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)))
                    .setExpectedIssuer(SERVICE_ID).setRequireIssuedAt().setMaxFutureValidityInMinutes(1).setAllowedClockSkewInSeconds(30)
                    .setRelaxVerificationKeyValidation().build().processToClaims(authorization.substring("Bearer ".length()));
            return true;
        } catch (InvalidJwtException e) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
