package app.waypoint.pathwayreviews.domain.plan;

import app.waypoint.pathwayreviews.domain.headings.PathwayHeading;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One version of a young person's pathway plan: a draft, or signed off by a manager and kept as history. */
@Entity
@Table(name = "pathway_plan")
class PathwayPlan {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    int version;
    @Enumerated(EnumType.STRING)
    PlanStatus status;
    @Column(name = "based_on_version")
    Integer basedOnVersion;
    @Column(name = "young_person_views")
    String youngPersonViews;
    @ElementCollection
    @CollectionTable(name = "pathway_plan_heading", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "heading")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "text")
    Map<PathwayHeading, String> headingTexts = new HashMap<>();
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "updated_by")
    String updatedBy;
    @Column(name = "signed_off_at")
    Instant signedOffAt;
    @Column(name = "signed_off_by")
    String signedOffBy;
    @Column(name = "oversight_note")
    String oversightNote;
    @Column(name = "copy_given_on")
    LocalDate copyGivenOn;

    protected PathwayPlan() {
    }

    /** A new draft, version {@code version}, started from {@code basedOnVersion} (null for a young person's first plan). */
    PathwayPlan(UUID youngPersonId, int version, Integer basedOnVersion, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.version = version;
        this.basedOnVersion = basedOnVersion;
        this.status = PlanStatus.DRAFT;
        this.createdAt = at;
        this.createdBy = by;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    /** Replaces the draft's views and heading texts (an empty heading is stored as empty text). */
    void revise(String views, Map<PathwayHeading, String> texts, String by, Instant at) {
        requireDraft();
        youngPersonViews = views;
        Map<PathwayHeading, String> all = new EnumMap<>(PathwayHeading.class);
        for (PathwayHeading heading : PathwayHeading.values()) {
            all.put(heading, texts.getOrDefault(heading, ""));
        }
        headingTexts.putAll(all);
        updatedAt = at;
        updatedBy = by;
    }

    void signOff(String oversight, String by, Instant at) {
        requireDraft();
        status = PlanStatus.SIGNED_OFF;
        oversightNote = oversight;
        signedOffBy = by;
        signedOffAt = at;
    }

    String text(PathwayHeading heading) {
        return headingTexts.getOrDefault(heading, "");
    }

    private void requireDraft() {
        if (!isDraft()) {
            throw new IllegalStateException("Pathway plan " + id + " is signed off and cannot change");
        }
    }
}
