package app.waypoint.youngpersonview.domain.access;

/** What a sign-in code said to a code typed in. */
public enum CodeCheck {
    /** The right code, in time, not used before: the young person is signed in and the code is spent. */
    ACCEPTED,
    /** Not the code; more tries are left. */
    WRONG,
    /** Too late, already used, or too many wrong tries: they ask for a new code. */
    SPENT
}
