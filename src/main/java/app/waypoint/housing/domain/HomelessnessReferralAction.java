package app.waypoint.housing.domain;

/** What the caller may do about a young person's homelessness referrals. */
public enum HomelessnessReferralAction {
    /** Open a referral: no other is open and the caller works with the young person (not their IRO). */
    START
}
