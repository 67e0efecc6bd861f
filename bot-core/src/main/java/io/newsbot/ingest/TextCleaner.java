package io.newsbot.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans article text the way real feeds need it: odd whitespace and Unicode punctuation normalised, the
 * title repeated at the top dropped, trailing "Latest News"-style boilerplate dropped, empty lines folded.
 * The result is paragraphs separated by one blank line.
 */
public final class TextCleaner {
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\t\\x0B\\f]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(latest news|top stories|read more|related (articles|stories|news)|advertisement|share this( article| story)?"
                    + "|sign up for .*|subscribe( now| to .*)?|follow us( on .*)?|click here.*|more from .*|recommended( for you)?"
                    + "|continue reading|all rights reserved.*|©.*|copyright .*)[.:!]?");

    /** The cleaned title and body. */
    public record Cleaned(String title, String body) {
    }

    public Cleaned clean(String title, String text) {
        List<String> paragraphs = paragraphs(normalize(text));
        String cleanTitle = normalize(title).strip().replaceAll("\\s+", " ");
        if (cleanTitle.isEmpty() && !paragraphs.isEmpty()) {
            cleanTitle = paragraphs.remove(0);
        }
        String key = comparable(cleanTitle);
        while (!paragraphs.isEmpty() && comparable(paragraphs.get(0)).equals(key)) paragraphs.remove(0);
        dropTrailingBoilerplate(paragraphs);
        return new Cleaned(cleanTitle, String.join("\n\n", paragraphs));
    }

    /** Unicode-normalises the text and its whitespace and punctuation, keeping line breaks. */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        s = CONTROL.matcher(s).replaceAll("");
        s = ODD_SPACE.matcher(s).replaceAll(" ");
        s = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201A', '\'').replace('\u2032', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').replace('\u00AB', '"')
                .replace('\u00BB', '"').replace('\u2033', '"').replace("\u2026", "...");
        return SPACES.matcher(s).replaceAll(" ");
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String p = line.strip();
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    private static void dropTrailingBoilerplate(List<String> paragraphs) {
        while (!paragraphs.isEmpty()) {
            int last = paragraphs.size() - 1;
            String p = paragraphs.get(last);
            if (p.length() <= 60 && BOILERPLATE.matcher(p).matches()) {
                paragraphs.remove(last);
                continue;
            }
            String stripped = p.replaceFirst("(?i)(?<=[.!?\"'])\\s*(latest news|read more|advertisement)$", "");
            if (!stripped.equals(p)) paragraphs.set(last, stripped);
            return;
        }
    }

    private static String comparable(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
