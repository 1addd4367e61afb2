package app.waypoint.chronology;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.disputes.domain.records.DisputeResponse;
import app.waypoint.engine.ProcessRecords.CompletedTask;
import app.waypoint.escalations.domain.EscalationResponse;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeKind;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeResponse;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationResponse;
import app.waypoint.people.record.accommodation.AccommodationResponse;
import app.waypoint.people.record.care.CareEpisodeHistoryResponse;
import app.waypoint.people.record.flags.FlagChangeResponse;
import app.waypoint.people.record.identity.CorrectionResponse;
import app.waypoint.people.record.returns.CodedStatusResponse;
import app.waypoint.supervision.domain.records.OversightEntryResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Turns each feature's records into chronology entries with titles people read; {@code names} gives a username's display name. */
final class ChronologyEntries {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final UnaryOperator<String> names;

    ChronologyEntries(UnaryOperator<String> names) {
        this.names = names;
    }

    ChronologyEntry step(CompletedTask task) {
        return entry(task.completedAt(), ChronologyKind.STEP_COMPLETED, task.name() + " completed", task.processName(), task.completedBy(),
                task.taskId(), null);
    }

    List<ChronologyEntry> escalation(EscalationResponse escalation) {
        String link = "/api/escalations/" + escalation.id();
        List<ChronologyEntry> entries = new ArrayList<>();
        String title = switch (escalation.stage()) {
            case TEAM_MANAGER -> "Overdue, escalated to the team manager: ";
            case SERVICE_MANAGER -> "Still overdue, escalated to the service manager: ";
            case HEAD_OF_SERVICE -> "Still overdue, escalated to the head of service: ";
        };
        entries.add(entry(escalation.raisedAt(), ChronologyKind.ESCALATION, title + escalation.taskName(),
                "Due " + day(escalation.dueAt()) + "; told " + String.join(", ", escalation.notified().stream().map(names).toList()),
                null, escalation.id().toString(), link));
        if (escalation.acknowledgedAt() != null) {
            entries.add(entry(escalation.acknowledgedAt(), ChronologyKind.ESCALATION, "Escalation acknowledged: " + escalation.taskName(),
                    null, escalation.acknowledgedBy(), escalation.id().toString(), link));
        }
        return entries;
    }

    ChronologyEntry oversight(OversightEntryResponse oversight) {
        return entry(oversight.recordedAt(), ChronologyKind.OVERSIGHT,
                oversight.sessionId() == null ? "Management oversight" : "Management oversight in supervision", oversight.decision(),
                oversight.recordedBy(), oversight.id().toString(), "/api/young-people/" + oversight.youngPersonId() + "/oversight");
    }

    ChronologyEntry significantChange(SignificantChangeResponse change, UUID youngPersonId) {
        String detail = "Happened " + DAY.format(change.occurredOn()) + (change.detail() == null ? "" : ": " + change.detail());
        return entry(change.recordedAt(), ChronologyKind.SIGNIFICANT_CHANGE, "Significant change: " + label(change.kind()), detail,
                change.recordedBy(), change.id().toString(), "/api/young-people/" + youngPersonId + "/pathway-reviews");
    }

    /** An allocation on the day it started and, once ended, on the day it ended (days have no time: start of the day). */
    List<ChronologyEntry> allocation(AllocationResponse allocation, UUID youngPersonId) {
        String link = "/api/young-people/" + youngPersonId + "/allocations";
        List<ChronologyEntry> entries = new ArrayList<>();
        entries.add(entry(startOf(allocation.startedOn()), ChronologyKind.ALLOCATION, label(allocation.kind()) + " allocated: "
                + allocation.staffName(), null, allocation.allocatedBy(), allocation.id().toString(), link));
        if (allocation.endedOn() != null) {
            entries.add(entry(startOf(allocation.endedOn()), ChronologyKind.ALLOCATION, label(allocation.kind()) + " allocation ended: "
                    + allocation.staffName(), null, null, allocation.id().toString(), link));
        }
        return entries;
    }

    List<ChronologyEntry> dispute(DisputeResponse dispute) {
        String link = "/api/disputes/" + dispute.id();
        return dispute.history().stream().map(step -> {
            String stage = step.stage() == null ? "" : " (" + step.stage().label() + " stage)";
            String title = switch (step.kind()) {
                case RAISED -> "IRO dispute raised";
                case RESPONSE -> "Response to the IRO dispute" + stage;
                case JUDGEMENT -> "IRO judged the dispute response" + stage;
                case STAGE_CHANGED -> "IRO dispute moved on" + stage;
                case SKIPPED -> "IRO moved the dispute on";
                case OVERDUE -> "Dispute response overdue" + stage;
                case LIMIT_REACHED -> "IRO dispute reached its formal time limit";
                case CAFCASS -> "Cafcass referral decided";
                case CLOSED -> "IRO dispute closed";
            };
            return entry(step.at(), ChronologyKind.DISPUTE, title, step.text(), step.by(), dispute.id().toString(), link);
        }).toList();
    }

    /** The end of an episode of care, when it was recorded. */
    ChronologyEntry careEnded(CareEpisodeHistoryResponse episode, UUID youngPersonId) {
        StringBuilder detail = new StringBuilder("Care ended " + DAY.format(episode.end()));
        if (episode.approverRole() != null) {
            detail.append("; leaving before 18 approved by ").append(episode.approvedBy()).append(" (")
                    .append(episode.approverRole().words()).append(") on ").append(DAY.format(episode.approvedOn()));
        }
        if (episode.endNote() != null) {
            detail.append(". ").append(episode.endNote());
        }
        return entry(episode.endRecordedAt(), ChronologyKind.CARE_ENDED, "Left care: " + episode.endReason().words(), detail.toString(),
                episode.endedBy(), episode.id().toString(), "/api/young-people/" + youngPersonId + "/care-episodes");
    }

    /** The start of an episode of care recorded through the record (coming back into care), when it was recorded. */
    ChronologyEntry careStarted(CareEpisodeHistoryResponse episode, UUID youngPersonId) {
        String detail = "In care from " + DAY.format(episode.start()) + (episode.startNote() == null ? "" : ". " + episode.startNote());
        return entry(episode.startRecordedAt(), ChronologyKind.CARE_STARTED, "Came into care: " + episode.legalBasis().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', ' '), detail, episode.startedBy(), episode.id().toString(),
                "/api/young-people/" + youngPersonId + "/care-episodes");
    }

    /** An accommodation entry, when it was recorded, with its suitability judgement and rationale. */
    ChronologyEntry accommodation(AccommodationResponse accommodation, UUID youngPersonId) {
        String judgement = accommodation.suitable() ? "suitable" : "not suitable";
        String detail = (accommodation.planned() ? "Planned from " : "From ") + DAY.format(accommodation.startDate()) + ", "
                + accommodation.addressOrProvider() + (accommodation.sharedHousing() ? " (shared housing)" : "") + ". Judged " + judgement
                + " by " + accommodation.judgedBy() + (accommodation.rationale() == null ? "." : ": " + accommodation.rationale());
        return entry(accommodation.recordedAt(), ChronologyKind.ACCOMMODATION, "Accommodation: " + accommodation.categoryDescription()
                + " (" + judgement + ")", detail, accommodation.recordedBy(), accommodation.id().toString(),
                "/api/young-people/" + youngPersonId + "/accommodation");
    }

    /** A cohort flag set or cleared, when it was recorded. */
    ChronologyEntry flag(FlagChangeResponse change, UUID youngPersonId) {
        String detail = "From " + DAY.format(change.effectiveOn()) + (change.detail() == null ? "" : " (" + change.detail() + ")") + ": "
                + change.reason();
        return entry(change.recordedAt(), ChronologyKind.FLAG, change.flagName() + (change.set() ? ": set" : ": cleared"), detail,
                change.recordedBy(), change.id().toString(), "/api/young-people/" + youngPersonId + "/flags");
    }

    /** An activity or in-touch status recorded. */
    ChronologyEntry coded(CodedStatusResponse status, ChronologyKind kind, UUID youngPersonId) {
        String what = kind == ChronologyKind.ACTIVITY ? "Activity: " : "Keeping in touch: ";
        String path = kind == ChronologyKind.ACTIVITY ? "/activity" : "/in-touch";
        return entry(status.recordedAt(), kind, what + status.description(), "From " + DAY.format(status.effectiveOn())
                + (status.note() == null ? "" : ": " + status.note()), status.recordedBy(), status.id().toString(),
                "/api/young-people/" + youngPersonId + path);
    }

    /** An identity correction. */
    ChronologyEntry correction(CorrectionResponse correction, UUID youngPersonId) {
        return entry(correction.recordedAt(), ChronologyKind.CORRECTION, "Record corrected: " + correction.field(), "From “"
                + correction.oldValue() + "” to “" + correction.newValue() + "”: " + correction.reason(), correction.recordedBy(),
                correction.id().toString(), "/api/young-people/" + youngPersonId + "/corrections");
    }

    private ChronologyEntry entry(Instant at, ChronologyKind kind, String title, String detail, String by, String refId, String link) {
        return new ChronologyEntry(at, kind, title, detail, by, by == null ? null : names.apply(by), refId, link);
    }

    static String label(AllocationKind kind) {
        return switch (kind) {
            case SOCIAL_WORKER -> "Social worker";
            case PERSONAL_ADVISER -> "Personal adviser";
            case IRO -> "IRO";
        };
    }

    static String label(SignificantChangeKind kind) {
        return switch (kind) {
            case MOVE -> "moved home";
            case CUSTODY -> "custody";
            case PARENTHOOD -> "became a parent";
            case LOSS_OF_EET -> "lost education, employment or training";
            case MISSING -> "went missing";
            case EXPLOITATION_RISK -> "at risk of exploitation";
            case STAYING_PUT_CHANGE -> "staying-put arrangement changed";
            case HOUSE_PROJECT_MOVE -> "House Project move";
        };
    }

    private static Instant startOf(LocalDate day) {
        return WaypointClock.startOf(day);
    }

    private static String day(Instant instant) {
        return DAY.format(WaypointClock.dayOf(instant));
    }
}
