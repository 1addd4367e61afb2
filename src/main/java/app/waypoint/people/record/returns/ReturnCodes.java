package app.waypoint.people.record.returns;

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
 * A code set of the SSDA903 return read from a replaceable data file under {@code returns/}: lines of {@code code,description}
 * after a header line, {@code #} lines are comments, a cell in double quotes may hold commas; cells after the second are
 * kept as {@code extra}.
 */
public final class ReturnCodes {

    /** A code, its words, and any further cells of its line. */
    public record Code(String code, String description, List<String> extra) {
    }

    private final List<Code> codes;

    private ReturnCodes(List<Code> codes) {
        this.codes = List.copyOf(codes);
    }

    public static ReturnCodes read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            List<Code> read = new ArrayList<>();
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
                read.add(new Code(cells.get(0), cells.get(1), List.copyOf(cells.subList(2, cells.size()))));
            }
            return new ReturnCodes(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Code> all() {
        return codes;
    }

    public Optional<Code> find(String code) {
        return code == null ? Optional.empty() : codes.stream().filter(c -> c.code().equalsIgnoreCase(code.trim())).findFirst();
    }

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
