package app.waypoint.people;

import app.waypoint.people.status.CareEpisode;
import app.waypoint.people.status.DateRange;
import app.waypoint.people.status.LegalBasis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded period in care with its legal basis; {@code endDate} is the day care ended (null while it goes on). */
@Entity
@Table(name = "care_episode")
class EpisodeOfCare {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "start_date")
    LocalDate startDate;
    @Column(name = "end_date")
    LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    LegalBasis legalBasis;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    LeavingCareReason endReason;
    @Column(name = "end_note")
    String endNote;
    @Column(name = "ended_by")
    String endedBy;
    @Column(name = "end_recorded_at")
    Instant endRecordedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "approver_role")
    LeavingCareApprover approverRole;
    @Column(name = "approved_by")
    String approvedBy;
    @Column(name = "approved_on")
    LocalDate approvedOn;
    /** Who recorded the start through the record, when and why; null for episodes recorded with the young person. */
    @Column(name = "started_by")
    String startedBy;
    @Column(name = "start_recorded_at")
    Instant startRecordedAt;
    @Column(name = "start_note")
    String startNote;

    protected EpisodeOfCare() {
    }

    EpisodeOfCare(UUID youngPersonId, LocalDate startDate, LocalDate endDate, LegalBasis legalBasis) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.startDate = startDate;
        this.endDate = endDate;
        this.legalBasis = legalBasis;
    }

    CareEpisode toRule() {
        return new CareEpisode(new DateRange(startDate, endDate), legalBasis);
    }
}
