package app.waypoint.people.youngpeople;

import java.util.UUID;

/** Who a young person is, and no more: for naming them where their record is not being read (the audit's own pages). */
public record YoungPersonName(UUID id, String localId, String name) {
}
