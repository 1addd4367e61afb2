package app.waypoint.web;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/** The leaving-care form as posted, field by field (dates as day, month and year). */
public class LeavingCareFormInput {

    @FormParam("version") public String version;
    @FormParam("endDate-day") public String endDay;
    @FormParam("endDate-month") public String endMonth;
    @FormParam("endDate-year") public String endYear;
    @FormParam("reason") public String reason;
    @FormParam("note") public String note;
    @FormParam("approverRole") public String approverRole;
    @FormParam("approvedBy") public String approvedBy;
    @FormParam("approvedOn-day") public String approvedDay;
    @FormParam("approvedOn-month") public String approvedMonth;
    @FormParam("approvedOn-year") public String approvedYear;
    @FormParam("category") public String category;
    @FormParam("addressOrProvider") public String addressOrProvider;
    @FormParam("accommodationStart-day") public String startDay;
    @FormParam("accommodationStart-month") public String startMonth;
    @FormParam("accommodationStart-year") public String startYear;
    @FormParam("sharedHousing") public String sharedHousing;
    @FormParam("suitable") public String suitable;
    @FormParam("rationale") public String rationale;
    @FormParam("judgedBy") public String judgedBy;

    /** The fields by their form names, for reading and for showing back what was typed. */
    MultivaluedMap<String, String> typed() {
        MultivaluedMap<String, String> typed = new MultivaluedHashMap<>();
        put(typed, "version", version);
        put(typed, "endDate-day", endDay);
        put(typed, "endDate-month", endMonth);
        put(typed, "endDate-year", endYear);
        put(typed, "reason", reason);
        put(typed, "note", note);
        put(typed, "approverRole", approverRole);
        put(typed, "approvedBy", approvedBy);
        put(typed, "approvedOn-day", approvedDay);
        put(typed, "approvedOn-month", approvedMonth);
        put(typed, "approvedOn-year", approvedYear);
        put(typed, "category", category);
        put(typed, "addressOrProvider", addressOrProvider);
        put(typed, "accommodationStart-day", startDay);
        put(typed, "accommodationStart-month", startMonth);
        put(typed, "accommodationStart-year", startYear);
        put(typed, "sharedHousing", sharedHousing);
        put(typed, "suitable", suitable);
        put(typed, "rationale", rationale);
        put(typed, "judgedBy", judgedBy);
        return typed;
    }

    private static void put(MultivaluedMap<String, String> typed, String name, String value) {
        if (value != null) {
            typed.putSingle(name, value);
        }
    }
}
