package app.waypoint.people;

import app.waypoint.people.status.CareHistory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A child or young person the leaving-care service works with. */
@Entity
@Table(name = "young_person")
class YoungPerson {

    @Id
    UUID id;
    @Column(name = "local_id")
    String localId;
    @Column(name = "given_name")
    String givenName;
    @Column(name = "family_name")
    String familyName;
    @Column(name = "date_of_birth")
    LocalDate dateOfBirth;
    @Column(name = "team_id")
    UUID teamId;
    @Column(name = "foster_placement")
    boolean fosterPlacement;
    boolean uasc;
    boolean parent;
    @Column(name = "in_custody")
    boolean inCustody;
    boolean disabled;
    @Column(name = "created_at")
    Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "young_person_id", insertable = false, updatable = false)
    @OrderBy("startDate")
    List<EpisodeOfCare> episodes = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "young_person_id", insertable = false, updatable = false)
    @OrderBy("startDate")
    List<LifePeriod> lifePeriods = new ArrayList<>();

    protected YoungPerson() {
    }

    YoungPerson(String localId, String givenName, String familyName, LocalDate dateOfBirth, UUID teamId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.localId = localId;
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.teamId = teamId;
        this.createdAt = createdAt;
    }

    String fullName() {
        return givenName + " " + familyName;
    }

    CareHistory careHistory() {
        return new CareHistory(dateOfBirth,
                episodes.stream().map(EpisodeOfCare::toRule).toList(),
                periods(LifePeriod.Kind.CUSTODY_OR_HOSPITAL),
                periods(LifePeriod.Kind.HOME_WITH_PARENT));
    }

    private List<app.waypoint.people.status.DateRange> periods(LifePeriod.Kind kind) {
        return lifePeriods.stream().filter(p -> p.kind == kind).map(LifePeriod::range).toList();
    }
}
