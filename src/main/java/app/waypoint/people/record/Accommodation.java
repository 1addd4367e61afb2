package app.waypoint.people.record;

import app.waypoint.people.record.accommodation.AccommodationRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a young person's accommodation history; never changed once recorded (a move is a new entry). */
@Entity
@Table(name = "accommodation")
class Accommodation {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    String category;
    @Column(name = "address_or_provider")
    String addressOrProvider;
    @Column(name = "start_date")
    LocalDate startDate;
    boolean planned;
    @Column(name = "shared_housing")
    boolean sharedHousing;
    boolean suitable;
    String rationale;
    @Column(name = "judged_by")
    String judgedBy;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;

    protected Accommodation() {
    }

    Accommodation(UUID youngPersonId, AccommodationRequest request, boolean planned, Instant recordedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.category = request.category().trim().toUpperCase(java.util.Locale.ROOT);
        this.addressOrProvider = request.addressOrProvider().trim();
        this.startDate = request.startDate();
        this.planned = planned;
        this.sharedHousing = request.sharedHousing();
        this.suitable = request.suitable();
        this.rationale = request.rationale() == null || request.rationale().isBlank() ? null : request.rationale().trim();
        this.judgedBy = request.judgedBy().trim();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
