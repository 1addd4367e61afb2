package app.waypoint.intouch.domain;

import java.util.List;

/**
 * The worker's re-engagement plan, as recorded on the task: whom they tried (known contacts, friends, housing, education,
 * the police's missing-person route where the rules call for it) and what they will do.
 */
public record ReEngagementPlan(List<Route> tried, String notes) {

    /** A way to find a young person again. */
    public enum Route {
        KNOWN_CONTACTS("Known contacts (family, carers, professionals)"),
        FRIENDS("Friends"),
        HOUSING("Housing provider or landlord"),
        EDUCATION("School, college, training or employer"),
        POLICE_MISSING_PERSON("Police missing-person route");

        private final String words;

        Route(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
