package app.waypoint.testsupport;

import app.waypoint.web.FakeOpenIdProvider;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * A council whose young people sign in at its OpenID Connect provider (a fake one) or by text message through GOV.UK Notify
 * (a fake one): README's production configuration of the young person's view. The tests with this profile share one start.
 */
public class YoungPersonCouncilServices implements QuarkusTestProfile {

    public static final String ACCOUNT_NAME = "your Example Council account";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "waypoint.young-person-view.oidc.enabled", "true",
                "waypoint.young-person-view.oidc.account-name", ACCOUNT_NAME,
                "quarkus.oidc.young-person.client-id", FakeOpenIdProvider.CLIENT_ID,
                "quarkus.oidc.young-person.credentials.secret", FakeOpenIdProvider.CLIENT_SECRET,
                // text messages through Notify; e-mail addresses through the mock (as a council would have sms,mail)
                "waypoint.young-person-view.sender", "sms,log");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeOpenIdProvider.class,
                        Map.of(FakeOpenIdProvider.PROPERTY, "quarkus.oidc.young-person.auth-server-url")),
                new TestResourceEntry(FakeNotify.class));
    }
}
