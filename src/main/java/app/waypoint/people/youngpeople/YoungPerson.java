package app.waypoint.people.youngpeople;

import app.waypoint.people.status.CareHistory;
import app.waypoint.people.status.CareStatus;
import app.waypoint.people.status.LegalBasis;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A child or young person the leaving-care service works with. */
@Entity
@Table(name = "young_person")
public class YoungPerson {

    @Id
    public UUID id;
    @Column(name = "local_id")
    public String localId;
    @Column(name = "given_name")
    public String givenName;
    @Column(name = "family_name")
    public String familyName;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    @Column(name = "team_id")
    public UUID teamId;
    @Column(name = "foster_placement")
    boolean fosterPlacement;
    public boolean uasc;
    public boolean parent;
    @Column(name = "in_custody")
    public boolean inCustody;
    public boolean disabled;
    @Column(name = "created_at")
    Instant createdAt;
    /** Goes up by one with every change to the record; clients send it back ({@code If-Match}) so edits cannot cross. */
    @Column(name = "record_version")
    public long recordVersion;
    /** The status as the caseload list filters and sorts by it, valid from {@code statusOn} until the day before {@code statusUntil}. */
    @Column(name = "care_status")
    @Enumerated(EnumType.STRING)
    CareStatus careStatus;
    @Column(name = "status_on")
    LocalDate statusOn;
    @Column(name = "status_until")
    LocalDate statusUntil;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "young_person_id", insertable = false, updatable = false)
    @OrderBy("startDate")
    public List<EpisodeOfCare> episodes = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "young_person_id", insertable = false, updatable = false)
    @OrderBy("startDate")
    public List<LifePeriod> lifePeriods = new ArrayList<>();

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

    public String fullName() {
        return givenName + " " + familyName;
    }

    /**
     * The first day of the care going on today, planned short breaks aside: episodes that follow one another without a gap
     * (a section 20 stay becoming a care order, say) are one stay in care.
     */
    Optional<LocalDate> inCareSince(LocalDate today) {
        LocalDate since = null;
        LocalDate until = null;
        for (EpisodeOfCare episode : episodes.stream().filter(episode -> episode.legalBasis != LegalBasis.SHORT_BREAKS)
                .filter(episode -> !episode.startDate.isAfter(today)).sorted(Comparator.comparing(episode -> episode.startDate)).toList()) {
            LocalDate ends = episode.endDate == null ? LocalDate.MAX : episode.endDate;
            if (since == null || episode.startDate.isAfter(until.plusDays(1))) {
                since = episode.startDate;
                until = ends;
            } else if (ends.isAfter(until)) {
                until = ends;
            }
        }
        return since != null && !until.isBefore(today) ? Optional.of(since) : Optional.empty();
    }

    /** The episode of care going on (no end), if there is one. */
    public Optional<EpisodeOfCare> currentEpisode() {
        return episodes.stream().filter(episode -> episode.endDate == null).findFirst();
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
