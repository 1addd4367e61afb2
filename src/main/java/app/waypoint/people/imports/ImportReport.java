package app.waypoint.people.imports;

import java.util.List;
import java.util.UUID;

/**
 * What an SSDA903 import did, or would do on a dry run: the children by outcome, then every row of every file with its own
 * outcome and, when refused, the field and the reason. A child's rows share one fate: one refused row refuses them all.
 */
public record ImportReport(boolean dryRun, UUID teamId, int collectionYear, Totals children, List<RowResult> rows) {

    /** What happens to a row (or a child): created, changed, already so, or refused with a reason. */
    public enum Outcome { CREATE, UPDATE, UNCHANGED, REFUSED }

    /** How many children are created, updated, unchanged or refused. */
    public record Totals(int created, int updated, int unchanged, int refused) {
    }

    /**
     * A row of a file: the table ({@code header}, {@code episodes}, {@code oc3}), its line in the file (the column names are
     * line 1), the CHILD it is about, its outcome, and for a refused row the column at fault and why (a row refused only because
     * another row of the same child was names that row).
     */
    public record RowResult(String table, int row, String child, Outcome outcome, String field, String message) {
    }

    public List<RowResult> refusedRows() {
        return rows.stream().filter(row -> row.outcome() == Outcome.REFUSED && row.field() != null).toList();
    }
}
