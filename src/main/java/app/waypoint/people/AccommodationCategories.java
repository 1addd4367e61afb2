package app.waypoint.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SSDA903 care-leaver accommodation categories, read from the replaceable data file
 * {@code returns/ssda903-accommodation.csv} (code, description, whether a rationale is always required).
 */
@ApplicationScoped
public class AccommodationCategories {

    static final String FILE = "returns/ssda903-accommodation.csv";

    /** A category: its letter, its words, and whether its use always needs a suitability rationale (B&B, emergency, homeless). */
    public record Category(String code, String description, boolean rationaleRequired) {
    }

    private final List<Category> categories = load();

    public List<Category> all() {
        return categories;
    }

    public Optional<Category> find(String code) {
        return code == null ? Optional.empty() : categories.stream().filter(c -> c.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    private static List<Category> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            List<Category> read = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> cells = cells(line);
                read.add(new Category(cells.get(0), cells.get(1), Boolean.parseBoolean(cells.get(2))));
            }
            return List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Comma-separated cells; a cell in double quotes may hold commas. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
