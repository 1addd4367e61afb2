package app.waypoint.housing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral under the duty to refer, open from the day the risk is identified until the housing authority's outcome is
 * recorded, or until it closes unmade because the young person did not consent ({@code notReferredBecause}).
 */
@Entity
@Table(name = "homelessness_referral")
class HomelessnessReferral {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Enumerated(EnumType.STRING)
    HomelessnessReason reason;
    @Column(name = "identified_on")
    LocalDate identifiedOn;
    @Column(name = "likely_homeless_on")
    LocalDate likelyHomelessOn;
    String note;
    @Column(name = "started_by")
    String startedBy;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "process_instance_id")
    String processInstanceId;
    @Column(name = "refer_due")
    LocalDate referDue;
    @Column(name = "referred_on")
    LocalDate referredOn;
    @Column(name = "housing_authority")
    String housingAuthority;
    @Column(name = "referred_by")
    String referredBy;
    @Column(name = "outcome_due")
    LocalDate outcomeDue;
    @Enumerated(EnumType.STRING)
    HousingAuthorityOutcome outcome;
    @Column(name = "outcome_on")
    LocalDate outcomeOn;
    @Column(name = "outcome_note")
    String outcomeNote;
    @Column(name = "outcome_by")
    String outcomeBy;
    @Column(name = "not_referred_because")
    String notReferredBecause;
    @Column(name = "closed_at")
    Instant closedAt;

    protected HomelessnessReferral() {
    }

    HomelessnessReferral(UUID youngPersonId, HomelessnessReason reason, LocalDate identifiedOn, LocalDate likelyHomelessOn, String note,
                         LocalDate referDue, String startedBy, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.reason = reason;
        this.identifiedOn = identifiedOn;
        this.likelyHomelessOn = likelyHomelessOn;
        this.note = note;
        this.referDue = referDue;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    boolean open() {
        return closedAt == null;
    }

    HomelessnessReferralStatus status() {
        if (outcome != null) {
            return HomelessnessReferralStatus.OUTCOME_RECORDED;
        }
        if (notReferredBecause != null) {
            return HomelessnessReferralStatus.NOT_REFERRED;
        }
        return referredOn == null ? HomelessnessReferralStatus.TO_REFER : HomelessnessReferralStatus.AWAITING_OUTCOME;
    }
}
