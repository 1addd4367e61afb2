package app.waypoint.youngpersonview.domain.page;

import app.waypoint.youngpersonview.domain.settings.YoungPersonViewConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The council's local offer to care leavers, as young people read it: read once from {@code local-offer-file}, or the
 * built-in example. The file is plain text: one block per item, blocks apart by a blank line, the first line of a block
 * its heading and the rest its words (README).
 */
@ApplicationScoped
public class LocalOffer {

    private static final String BUILT_IN = "youngpersonview/local-offer.txt";

    private final List<Item> items;

    LocalOffer(YoungPersonViewConfig config) {
        this.items = parse(config.localOfferFile().map(LocalOffer::readFile).orElseGet(LocalOffer::readBuiltIn));
    }

    /** One thing the council offers. */
    public record Item(String heading, String words) {
    }

    public List<Item> items() {
        return items;
    }

    static List<Item> parse(String text) {
        List<Item> parsed = new ArrayList<>();
        for (String block : text.replace("\r", "").split("\n\\s*\n")) {
            List<String> lines = block.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (!lines.isEmpty()) {
                parsed.add(new Item(lines.get(0), String.join(" ", lines.subList(1, lines.size()))));
            }
        }
        return List.copyOf(parsed);
    }

    private static String readFile(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The local offer file " + file + " could not be read", e);
        }
    }

    private static String readBuiltIn() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
