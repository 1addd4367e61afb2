package app.waypoint.people.record.care;

/** Why a period in care ended. */
public enum LeavingCareReason {
    RETURNED_HOME("Returned home"),
    INDEPENDENT_LIVING("Moved to independent or semi-independent living"),
    STAYING_PUT("Staying put with their former foster carer"),
    TURNED_18("Turned 18"),
    CUSTODY("Custody"),
    OTHER("Other");

    private final String words;

    LeavingCareReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
