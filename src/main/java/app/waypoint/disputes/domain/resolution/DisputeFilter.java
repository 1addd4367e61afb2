package app.waypoint.disputes.domain.resolution;

import app.waypoint.disputes.domain.records.DisputeStatus;
import app.waypoint.shared.Paging;
import app.waypoint.shared.QueryChoice;
import java.util.UUID;

/** Which disputes to list, among those the caller may read: of one young person, in one status (any when absent). */
public record DisputeFilter(UUID youngPersonId, String status, Paging paging) {

    DisputeStatus statusValue() {
        return status == null ? null : QueryChoice.parse(DisputeStatus.class, "status", status);
    }
}
