package app.waypoint.housing.domain;

/**
 * What the housing authority decided about the young person referred to it (Homelessness code of guidance, chapters 12 to 15;
 * the duties Housing Act 1996 Part 7 gives it after an assessment), or that the application ended without a decision.
 */
public enum HousingAuthorityOutcome {
    PREVENTION_DUTY("Prevention duty accepted (threatened with homelessness, s195)"),
    RELIEF_DUTY("Relief duty accepted (homeless, s189B)"),
    MAIN_DUTY("Main housing duty accepted (s193)"),
    NO_DUTY("Not homeless or threatened with homelessness: no duty owed"),
    NOT_ELIGIBLE("Not eligible for assistance (s185)"),
    WITHDRAWN("Withdrawn: the young person withdrew their application or their consent");

    private final String words;

    HousingAuthorityOutcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
