package app.waypoint.houseproject.domain.membership;

import app.waypoint.houseproject.domain.records.SuitabilityAnswers;
import app.waypoint.houseproject.domain.records.SuitabilityFactor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A property assessed against every suitability factor of Care Leavers Regs Sch 2, with the written rationale. */
@Entity
@Table(name = "house_project_suitability")
class SuitabilityAssessment {

    @Id
    UUID id;
    @Column(name = "membership_id")
    UUID membershipId;
    @Column(name = "property_address")
    String propertyAddress;
    String facilities;
    @Column(name = "state_of_repair")
    String stateOfRepair;
    String safety;
    String location;
    String support;
    @Column(name = "tenancy_status")
    String tenancyStatus;
    String affordability;
    @Column(name = "young_person_views")
    String youngPersonViews;
    boolean suitable;
    String rationale;
    @Column(name = "assessed_at")
    Instant assessedAt;
    @Column(name = "assessed_by")
    String assessedBy;

    protected SuitabilityAssessment() {
    }

    SuitabilityAssessment(UUID membershipId, String propertyAddress, SuitabilityAnswers answers, Instant assessedAt, String assessedBy) {
        this.id = UUID.randomUUID();
        this.membershipId = membershipId;
        this.propertyAddress = propertyAddress;
        this.facilities = answers.factor(SuitabilityFactor.FACILITIES);
        this.stateOfRepair = answers.factor(SuitabilityFactor.STATE_OF_REPAIR);
        this.safety = answers.factor(SuitabilityFactor.SAFETY);
        this.location = answers.factor(SuitabilityFactor.LOCATION);
        this.support = answers.factor(SuitabilityFactor.SUPPORT);
        this.tenancyStatus = answers.factor(SuitabilityFactor.TENANCY_STATUS);
        this.affordability = answers.factor(SuitabilityFactor.AFFORDABILITY);
        this.youngPersonViews = answers.factor(SuitabilityFactor.YOUNG_PERSON_VIEWS);
        this.suitable = answers.suitable();
        this.rationale = answers.rationale();
        this.assessedAt = assessedAt;
        this.assessedBy = assessedBy;
    }
}
