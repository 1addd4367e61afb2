package app.waypoint.youngpersonview.domain.voice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A young person's views in their own words, given before a review or a visit: each question asked then, and their answer. */
@Entity
@Table(name = "young_person_views")
class TheirViews {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "given_at")
    Instant givenAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "before_what")
    BeforeWhat beforeWhat;
    /** A JSON array of {question, answer}. */
    @JdbcTypeCode(SqlTypes.JSON)
    String answers;

    protected TheirViews() {
    }

    TheirViews(UUID youngPersonId, BeforeWhat beforeWhat, String answers, Instant now) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.beforeWhat = beforeWhat;
        this.answers = answers;
        this.givenAt = now;
    }
}
