package app.waypoint.serviceview.domain;

import java.util.List;

/**
 * The DfE's validation of the OC3 table of a collection year (named by its 31 March): how many lines the return has and each
 * failure, by young person then rule. No failures means the table passes the rules Waypoint can apply (returns/ssda903-oc3-rules.csv).
 */
public record Oc3Validation(int year, String from, String to, int lines, List<Oc3Failure> failures) {
}
