package app.waypoint.chronology;

/** What kind of thing happened to the young person. */
public enum ChronologyKind {
    /** A step of a process (a user task) was completed. */
    STEP_COMPLETED,
    /** A late task was escalated one rung, or the escalation acknowledged. */
    ESCALATION,
    /** A manager recorded management oversight, in supervision or between sessions. */
    OVERSIGHT,
    /** A significant change in the young person's life was recorded. */
    SIGNIFICANT_CHANGE,
    /** A social worker, personal adviser or IRO was allocated, or an allocation ended. */
    ALLOCATION,
    /** A step of an IRO dispute. */
    DISPUTE,
    /** An episode of care ended (the young person left care), with its reason and approval. */
    CARE_ENDED,
    /** A new episode of care started through the record (the young person came back into care). */
    CARE_STARTED,
    /** Accommodation recorded: where, from when, and the suitability judgement with its rationale. */
    ACCOMMODATION,
    /** A cohort flag (UASC, young parent, in custody, …) set or cleared, with why. */
    FLAG,
    /** The young person's activity (education, employment or training) recorded. */
    ACTIVITY,
    /** Whether the council is in touch with the young person, recorded. */
    IN_TOUCH,
    /** A name, the date of birth or the local id corrected, with the reason. */
    CORRECTION
}
