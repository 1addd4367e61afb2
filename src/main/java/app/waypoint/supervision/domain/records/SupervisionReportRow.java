package app.waypoint.supervision.domain.records;

import java.time.LocalDate;
import java.util.UUID;

/** One worker in the supervision report: last session, next due, overdue or not, and their supervision actions. */
public record SupervisionReportRow(UUID workerId, String worker, String displayName, String supervisor, LocalDate lastSessionOn,
                                   LocalDate nextDue, boolean overdue, LocalDate nextBookedFor, int openActions, int overdueActions,
                                   int carriedActions, int flaggedActions) {
}
