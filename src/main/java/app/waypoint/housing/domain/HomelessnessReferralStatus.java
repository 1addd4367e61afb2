package app.waypoint.housing.domain;

/** Where a homelessness referral is: the first two are open (the young person is at risk of homelessness), the last two closed. */
public enum HomelessnessReferralStatus {
    TO_REFER("To be referred to the housing authority"),
    AWAITING_OUTCOME("Referred: awaiting the housing authority’s outcome"),
    OUTCOME_RECORDED("Outcome recorded"),
    NOT_REFERRED("Not referred: the young person did not consent");

    private final String words;

    HomelessnessReferralStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
