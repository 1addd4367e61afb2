package app.waypoint.houseproject.domain.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A young person's House Project membership: where it is now, what has been recorded, and its history. {@code activity} is
 * {@code EDUCATION_OR_TRAINING} while they are on the programme (it counts as EET, domain notes §2d), else null.
 */
public record HouseProjectResponse(UUID id, UUID youngPersonId, MembershipStatus status, boolean open, String activity,
                                   CohortSummary cohort, Instant referredAt, String referredBy, String referralReason,
                                   List<StepResponse> currentSteps, Attendance attendance, Property property,
                                   List<Suitability> suitabilityAssessments, SettingUpHome settingUpHome, Tenancy tenancy,
                                   Instant closedAt, String closingReason, List<HistoryEntry> history) {

    public record CohortSummary(UUID id, String name, LocalDate startsOn) {
    }

    public record Attendance(long sessionsRecorded, long sessionsAttended) {
    }

    public record Property(String address, String housingProvider, Boolean suitable) {
    }

    /** One suitability assessment: every factor's answer, the decision and its rationale. */
    public record Suitability(String propertyAddress, String facilities, String stateOfRepair, String safety, String location,
                              String support, String tenancyStatus, String affordability, String youngPersonViews, boolean suitable,
                              String rationale, Instant assessedAt, String assessedBy) {
    }

    /** The spend on setting up the home against the setting-up-home allowance (whole pounds). */
    public record SettingUpHome(int allowance, Integer spent, Integer remaining, String note) {
    }

    public record Tenancy(TenancyType type, LocalDate startsOn, LocalDate movedInOn) {
    }

    public record HistoryEntry(MembershipEventKind kind, String stepId, String stepName, String detail, Instant at, String by) {
    }
}
