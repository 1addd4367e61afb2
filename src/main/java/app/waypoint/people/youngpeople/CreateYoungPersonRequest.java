package app.waypoint.people.youngpeople;

import app.waypoint.people.status.LegalBasis;
import app.waypoint.shared.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A young person as a manager records them: identity, team, placement, flags and care history. */
public record CreateYoungPersonRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = LocalIds.PATTERN, message = LocalIds.MESSAGE) String localId,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @PlausibleDate LocalDate dateOfBirth,
        @NotNull UUID teamId,
        boolean fosterPlacement,
        boolean uasc,
        boolean parent,
        boolean inCustody,
        boolean disabled,
        @Size(max = 50) List<@Valid @NotNull CareEpisodeInput> careEpisodes,
        @Size(max = 50) List<@Valid @NotNull PeriodInput> custodyOrHospital,
        @Size(max = 50) List<@Valid @NotNull PeriodInput> homeWithParent) {

    /** A period in care; {@code end} is the day care ended, absent while it goes on. */
    public record CareEpisodeInput(@NotNull @PlausibleDate LocalDate start, @PlausibleDate LocalDate end, @NotNull LegalBasis legalBasis) {
    }

    /** A period with a start and, once over, an end (the first day no longer in it). */
    public record PeriodInput(@NotNull @PlausibleDate LocalDate start, @PlausibleDate LocalDate end) {
    }

    List<CareEpisodeInput> episodes() {
        return careEpisodes == null ? List.of() : careEpisodes;
    }

    List<PeriodInput> custodyOrHospitalPeriods() {
        return custodyOrHospital == null ? List.of() : custodyOrHospital;
    }

    List<PeriodInput> homeWithParentPeriods() {
        return homeWithParent == null ? List.of() : homeWithParent;
    }
}
