package app.waypoint.people.record.care;

/**
 * Who approved a child leaving care before 18 (domain notes §3 row 8, CPPCR 2010 reg 39): a nominated officer, or the
 * Director of Children's Services for a 16- or 17-year-old accommodated under section 20.
 */
public enum LeavingCareApprover {
    NOMINATED_OFFICER("Nominated officer"),
    DCS("Director of Children's Services");

    private final String words;

    LeavingCareApprover(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
