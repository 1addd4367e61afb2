package app.waypoint.disputes.domain.records;

/** What a reader of a dispute may do with it now ({@link DisputeResponse#allowedActions()}), each as its own request. */
public enum DisputeAction {
    /** Answer it: the young person's team managers at the informal stage, then each formal stage's respondent. */
    RESPOND,
    /** Judge the response awaiting judgement: the young person's IRO. */
    JUDGE,
    /** Move it straight to a later stage while a response is awaited: the young person's IRO. */
    SKIP_STAGE,
    /** Record a referral to Cafcass, once, also after it closed: the young person's IRO. */
    REFER_TO_CAFCASS
}
