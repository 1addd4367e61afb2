package app.waypoint.houseproject.domain.membership;

import app.waypoint.houseproject.domain.records.HouseProjectResponse.CohortSummary;
import app.waypoint.houseproject.domain.records.HouseProjectResponse.HistoryEntry;
import app.waypoint.houseproject.domain.records.HouseProjectResponse.Property;
import app.waypoint.houseproject.domain.records.HouseProjectResponse.SettingUpHome;
import app.waypoint.houseproject.domain.records.HouseProjectResponse.Suitability;
import app.waypoint.houseproject.domain.records.HouseProjectResponse.Tenancy;
import app.waypoint.houseproject.domain.records.HouseProjectResponse;
import app.waypoint.houseproject.domain.records.MembershipStatus;
import app.waypoint.houseproject.domain.schedule.HouseProjectConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads a membership with everything recorded on it, for the young person's House Project page. */
@ApplicationScoped
class HouseProjectRecords {

    private final CohortRepository cohorts;
    private final MembershipEventRepository events;
    private final SuitabilityAssessmentRepository assessments;
    private final AttendanceRepository attendance;
    private final MembershipSteps steps;
    private final HouseProjectConfig config;

    HouseProjectRecords(CohortRepository cohorts, MembershipEventRepository events, SuitabilityAssessmentRepository assessments,
                        AttendanceRepository attendance, MembershipSteps steps, HouseProjectConfig config) {
        this.cohorts = cohorts;
        this.events = events;
        this.assessments = assessments;
        this.attendance = attendance;
        this.steps = steps;
        this.config = config;
    }

    HouseProjectResponse toResponse(Membership membership) {
        Cohort cohort = membership.cohortId == null ? null : cohorts.findById(membership.cohortId);
        List<Suitability> suitability = assessments.ofMembership(membership.id).stream()
                .map(a -> new Suitability(a.propertyAddress, a.facilities, a.stateOfRepair, a.safety, a.location, a.support,
                        a.tenancyStatus, a.affordability, a.youngPersonViews, a.suitable, a.rationale, a.assessedAt, a.assessedBy))
                .toList();
        List<HistoryEntry> history = events.ofMembership(membership.id).stream()
                .map(e -> new HistoryEntry(e.kind, e.stepId, e.stepName, e.detail, e.occurredAt, e.occurredBy))
                .toList();
        int allowance = config.settingUpHomeAllowance();
        return new HouseProjectResponse(membership.id, membership.youngPersonId, membership.status, membership.isOpen(),
                MembershipStatus.ON_PROGRAMME.contains(membership.status) ? HouseProjectService.EDUCATION_OR_TRAINING : null,
                cohort == null ? null : new CohortSummary(cohort.id, cohort.name, cohort.startsOn),
                membership.referredAt, membership.referredBy, membership.referralReason, steps.current(membership),
                new HouseProjectResponse.Attendance(attendance.sessions(membership.id), attendance.attended(membership.id)),
                membership.propertyAddress == null ? null
                        : new Property(membership.propertyAddress, membership.housingProvider, membership.propertySuitable),
                suitability,
                new SettingUpHome(allowance, membership.settingUpSpent,
                        membership.settingUpSpent == null ? null : allowance - membership.settingUpSpent, membership.settingUpNote),
                membership.movedInOn == null ? null : new Tenancy(membership.tenancyType, membership.tenancyStartsOn, membership.movedInOn),
                membership.closedAt, membership.closingReason, history);
    }
}
