package app.waypoint.web.youngpeople;

import app.waypoint.people.caseload.CaseloadFilter;
import app.waypoint.shared.Paging;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The young people page's filters as the form sends them (the same names as {@code GET /api/young-people}): a box left empty
 * or unticked filters nothing. A value that cannot be read answers the page's 400, naming it.
 */
public class CaseloadForm {

    @QueryParam("status")
    String status;
    @QueryParam("inTouch")
    String inTouch;
    @QueryParam("suitable")
    Boolean suitable;
    @QueryParam("neet")
    Boolean neet;
    @QueryParam("noContactDays")
    Integer noContactDays;
    @QueryParam("planOutOfDate")
    Boolean planOutOfDate;
    @QueryParam("uasc")
    Boolean uasc;
    @QueryParam("parent")
    Boolean parent;
    @QueryParam("stayingPut")
    Boolean stayingPut;
    @QueryParam("q")
    String q;
    @QueryParam("sort")
    String sort;
    @QueryParam("page")
    Integer page;

    CaseloadFilter filter(int size) {
        String order = "lastContact".equalsIgnoreCase(blankToNull(sort)) ? "asc" : null;
        return new CaseloadFilter(blankToNull(status), null, null, blankToNull(inTouch), suitable, null, neet, noContactDays, planOutOfDate,
                uasc, parent, null, null, stayingPut, blankToNull(q), blankToNull(sort), order, new Paging(pageNumber(), size));
    }

    public int pageNumber() {
        return page == null ? 0 : page;
    }

    public boolean any() {
        return !query(0).equals("page=0");
    }

    public String status() {
        return blankToNull(status);
    }

    public String inTouch() {
        return blankToNull(inTouch);
    }

    public boolean unsuitable() {
        return Boolean.FALSE.equals(suitable);
    }

    public boolean neet() {
        return Boolean.TRUE.equals(neet);
    }

    public Integer noContactDays() {
        return noContactDays;
    }

    public boolean planOutOfDate() {
        return Boolean.TRUE.equals(planOutOfDate);
    }

    public boolean uasc() {
        return Boolean.TRUE.equals(uasc);
    }

    public boolean parent() {
        return Boolean.TRUE.equals(parent);
    }

    public boolean stayingPut() {
        return Boolean.TRUE.equals(stayingPut);
    }

    public String q() {
        return q == null ? "" : q;
    }

    public String sort() {
        return sort == null ? "name" : sort;
    }

    /** The query string of these filters on another page of the list. */
    public String query(int otherPage) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", blankToNull(status));
        values.put("inTouch", blankToNull(inTouch));
        values.put("suitable", suitable);
        values.put("neet", neet);
        values.put("noContactDays", noContactDays);
        values.put("planOutOfDate", planOutOfDate);
        values.put("uasc", uasc);
        values.put("parent", parent);
        values.put("stayingPut", stayingPut);
        values.put("q", blankToNull(q));
        values.put("sort", blankToNull(sort));
        values.put("page", otherPage);
        return values.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String previousPage() {
        return query(pageNumber() - 1);
    }

    public String nextPage() {
        return query(pageNumber() + 1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
