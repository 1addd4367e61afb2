package app.waypoint.pathwayreviews.domain.headings;

/** The ten headings of a pathway plan (Care Leavers Regulations Sch 1; domain notes §2b), with their JSON field names. */
public enum PathwayHeading {
    CONTACT_AND_SUPPORT("contactAndSupport"),
    EDUCATION_AND_TRAINING("educationAndTraining"),
    EMPLOYMENT_OR_ACTIVITY("employmentOrActivity"),
    CONTINGENCY_PLAN("contingencyPlan"),
    ACCOMMODATION("accommodation"),
    FAMILY_AND_RELATIONSHIPS("familyAndRelationships"),
    INDEPENDENT_LIVING_SKILLS("independentLivingSkills"),
    FINANCIAL_SUPPORT("financialSupport"),
    HEALTH("health"),
    IDENTITY("identity");

    private final String field;

    PathwayHeading(String field) {
        this.field = field;
    }

    /** The field under {@code headings} in requests and responses, e.g. {@code contingencyPlan}. */
    public String field() {
        return field;
    }
}
