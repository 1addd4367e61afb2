package app.waypoint.houseproject.domain.membership;

import app.waypoint.houseproject.domain.records.MembershipStatus;
import app.waypoint.houseproject.domain.records.TenancyType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One young person's way through the House Project, from referral to a sustained tenancy, or to leaving on the way. */
@Entity
@Table(name = "house_project_membership")
class Membership {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "process_instance_id")
    String processInstanceId;
    @Enumerated(EnumType.STRING)
    MembershipStatus status;
    @Column(name = "cohort_id")
    UUID cohortId;
    @Column(name = "referred_at")
    Instant referredAt;
    @Column(name = "referred_by")
    String referredBy;
    @Column(name = "referral_reason")
    String referralReason;
    @Column(name = "property_address")
    String propertyAddress;
    @Column(name = "housing_provider")
    String housingProvider;
    @Column(name = "property_suitable")
    Boolean propertySuitable;
    @Column(name = "setting_up_spent")
    Integer settingUpSpent;
    @Column(name = "setting_up_note")
    String settingUpNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "tenancy_type")
    TenancyType tenancyType;
    @Column(name = "tenancy_starts_on")
    LocalDate tenancyStartsOn;
    @Column(name = "moved_in_on")
    LocalDate movedInOn;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "closing_reason")
    String closingReason;

    protected Membership() {
    }

    Membership(UUID id, UUID youngPersonId, String referralReason, Instant referredAt, String referredBy) {
        this.id = id;
        this.youngPersonId = youngPersonId;
        this.referralReason = referralReason;
        this.referredAt = referredAt;
        this.referredBy = referredBy;
        this.status = MembershipStatus.REFERRED;
    }

    boolean isOpen() {
        return closedAt == null;
    }

    /** Has a suitable home that is not yet lived in: waiting for the keys. */
    boolean waitingForKeys() {
        return status == MembershipStatus.FINDING_HOME && Boolean.TRUE.equals(propertySuitable);
    }

    void close(MembershipStatus end, String reason, Instant at) {
        status = end;
        closingReason = reason;
        closedAt = at;
    }
}
