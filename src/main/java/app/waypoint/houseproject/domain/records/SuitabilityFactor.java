package app.waypoint.houseproject.domain.records;

/**
 * [S] what the suitability of accommodation is judged on (Care Leavers (England) Regulations 2010 Sch 2, domain notes §2d);
 * each is a field of the "Assess property suitability" step, named by {@link #field()}.
 */
public enum SuitabilityFactor {
    FACILITIES("facilities"),
    STATE_OF_REPAIR("stateOfRepair"),
    SAFETY("safety"),
    LOCATION("location"),
    SUPPORT("support"),
    TENANCY_STATUS("tenancyStatus"),
    AFFORDABILITY("affordability"),
    YOUNG_PERSON_VIEWS("youngPersonViews");

    private final String field;

    SuitabilityFactor(String field) {
        this.field = field;
    }

    /** The form field and process variable of the factor. */
    public String field() {
        return field;
    }
}
