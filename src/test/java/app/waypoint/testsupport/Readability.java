package app.waypoint.testsupport;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Readability of a page's words: the Flesch reading ease (higher is easier; 70-80 reads easily at about 12) and the
 * Flesch-Kincaid grade (a US school grade; grade 6 is a reading age of about 11). Block elements end sentences; e-mail
 * addresses and web links are left out.
 */
public record Readability(int sentences, int words, int syllables) {

    public static Readability ofHtml(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)</(p|li|h[1-6]|dt|dd|label|button|a|th|td|section)>", ". ")
                .replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replaceAll("&[a-z#0-9]+;", " ");
        return of(text);
    }

    public static Readability of(String text) {
        List<String> sentences = Arrays.stream(text.split("[.!?:]+(\\s|$)")).map(String::strip)
                .filter(sentence -> sentence.chars().anyMatch(Character::isLetter)).toList();
        int words = 0;
        int syllables = 0;
        for (String sentence : sentences) {
            for (String word : sentence.split("\\s+")) {
                if (word.contains("@") || word.contains("://") || word.chars().noneMatch(Character::isLetter)) {
                    continue;
                }
                words++;
                syllables += syllables(word.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT));
            }
        }
        return new Readability(sentences.size(), words, syllables);
    }

    public double readingEase() {
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    public double grade() {
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        if (word.length() <= 3) {
            return 1;
        }
        String trimmed = word.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        int groups = trimmed.split("[aeiouy]+", -1).length - 1;
        return Math.max(1, groups);
    }

    @Override
    public String toString() {
        return String.format("reading ease %.1f, grade %.1f (%d sentences, %d words, %d syllables)", readingEase(), grade(), sentences,
                words, syllables);
    }
}
