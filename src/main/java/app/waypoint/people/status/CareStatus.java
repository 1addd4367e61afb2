package app.waypoint.people.status;

/** A young person's leaving-care status on one day (domain notes §1 and §4). */
public enum CareStatus {
    /** None of the statuses below: never looked after, or no duties left. */
    NONE,
    /** Looked after (under 18, in care or accommodated) but not eligible yet, for example under 16 or short of 13 weeks. */
    LOOKED_AFTER,
    /** Aged 16 or 17, looked after, with 13 weeks in care since the 14th birthday continuing past the 16th (Sch 2 para 19B). */
    ELIGIBLE,
    /** Aged 16 or 17, has left care and was eligible when they left, or was in custody or hospital on the 16th birthday (s23A). */
    RELEVANT,
    /** Aged 18 to 24 and was relevant, or was eligible and looked after when they turned 18 (s23C). */
    FORMER_RELEVANT,
    /** Aged 16 to 20, left care after turning 16 but is none of the above (s24). */
    QUALIFYING
}
