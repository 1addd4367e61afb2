package app.waypoint.housing.domain;

/**
 * Why a young person is referred under the duty to refer (Housing Act 1996 s213B): homeless now, or threatened with
 * homelessness, which means likely to become homeless within 56 days (s175(4)).
 */
public enum HomelessnessReason {
    HOMELESS("Homeless"),
    THREATENED_WITHIN_56_DAYS("Threatened with homelessness within 56 days");

    private final String words;

    HomelessnessReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
