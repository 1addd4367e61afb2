package app.waypoint.people.record.accommodation;

import app.waypoint.people.record.returns.ReturnCodes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The SSDA903 care-leaver accommodation categories, read from the replaceable data file
 * {@code returns/ssda903-accommodation.csv} (code, description, whether a rationale is always required).
 */
@ApplicationScoped
public class AccommodationCategories {

    /** A category: its letter, its words, and whether its use always needs a suitability rationale (B&B, emergency, homeless). */
    public record Category(String code, String description, boolean rationaleRequired) {
    }

    private final List<Category> categories = ReturnCodes.read("returns/ssda903-accommodation.csv").all().stream()
            .map(code -> new Category(code.code(), code.description(), Boolean.parseBoolean(code.extra().get(0)))).toList();

    public List<Category> all() {
        return categories;
    }

    public Optional<Category> find(String code) {
        return code == null ? Optional.empty() : categories.stream().filter(c -> c.code().equalsIgnoreCase(code.trim())).findFirst();
    }
}
