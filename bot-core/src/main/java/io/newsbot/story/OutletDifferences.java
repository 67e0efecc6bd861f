package io.newsbot.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where outlets telling one story disagree on a fact: a count given differently ("24 dead" in one, "five dead"
 * in another), or the same quote put in different mouths. Given statements (sentences or attributed quotes) from
 * the articles of one story, it names each difference with every version and the article that gives it, so an
 * answer can show both, each with its citation.
 */
public final class OutletDifferences {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,$£€])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|"
            + "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
            + "|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|hundreds|thousands)(?:\\s+(?:million|billion|thousand|hundred))?"
            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");
    private static final Set<String> SKIP = Set.of("of", "more", "than", "at", "least", "about", "around", "nearly", "some", "other", "others",
            "another", "additional", "further", "the", "a", "an", "people", "persons", "were", "are", "have", "had", "been", "was", "who",
            "and", "or", "new", "total", "more-than");
    private static final Set<String> TIME = Set.of("year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
            "minutes", "percent", "per", "a.m", "p.m", "am", "pm", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Words that end a count's noun phrase: the count's subject is then the verb before it ("killed 24 people in ..."). */
    private static final Set<String> FUNCTION = Set.of("in", "on", "at", "to", "by", "with", "from", "after", "before", "during", "since",
            "including", "across", "when", "as", "near", "and", "but", "while", "for", "into", "over", "under");
    /** One subject for the words outlets use for the same count. */
    private static final Map<String, String> SAME = Map.ofEntries(Map.entry("killed", "dead"), Map.entry("died", "dead"),
            Map.entry("deaths", "dead"), Map.entry("death", "dead"), Map.entry("fatalities", "dead"), Map.entry("lives", "dead"),
            Map.entry("killing", "dead"), Map.entry("wounded", "injured"), Map.entry("hurt", "injured"), Map.entry("injuries", "injured"),
            Map.entry("injuring", "injured"), Map.entry("detained", "arrested"), Map.entry("arrests", "arrested"));
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    /**
     * Something an article of the story says.
     *
     * @param articleId the article
     * @param outlet    its publisher
     * @param speaker   who said it, when it is an attributed statement; empty otherwise
     * @param text      the sentence or quote
     */
    public record Statement(long articleId, String outlet, String speaker, String text) {
        public Statement {
            outlet = outlet == null ? "" : outlet;
            speaker = speaker == null ? "" : speaker;
            Objects.requireNonNull(text, "text");
        }
    }

    /** What kind of fact the outlets differ on. */
    public enum Kind { NUMBER, SPEAKER }

    /**
     * One version of a disputed fact.
     *
     * @param value     the count as written ("24", "five") or the speaker
     * @param statement where it is given
     */
    public record Version(String value, Statement statement) {
    }

    /**
     * A fact the outlets give differently.
     *
     * @param kind     a count or a speaker
     * @param subject  what is counted ("dead", "injured") or the quote, shortened
     * @param versions every differing version, first given first; from at least two articles
     */
    public record Difference(Kind kind, String subject, List<Version> versions) {
        public Difference {
            versions = List.copyOf(versions);
        }
    }

    private OutletDifferences() {
    }

    /** The differences among statements of one story's articles; statements of one article never differ with each other. */
    public static List<Difference> among(List<Statement> statements) {
        List<Difference> out = new ArrayList<>(numbers(statements));
        out.addAll(speakers(statements));
        return out;
    }

    private static List<Difference> numbers(List<Statement> statements) {
        Map<String, Map<Long, Version>> bySubject = new LinkedHashMap<>();
        Map<String, Map<Long, Long>> values = new LinkedHashMap<>();
        for (Statement s : statements) {
            Matcher m = NUMBER.matcher(s.text());
            while (m.find()) {
                String subject = subjectAfter(s.text(), m.end(), m.start());
                Long value = value(m.group(1), m.group().toLowerCase(Locale.ROOT));
                if (subject == null || value == null) continue;
                bySubject.computeIfAbsent(subject, k -> new LinkedHashMap<>()).putIfAbsent(s.articleId(), new Version(m.group().strip(), s));
                values.computeIfAbsent(subject, k -> new LinkedHashMap<>()).putIfAbsent(s.articleId(), value);
            }
        }
        List<Difference> out = new ArrayList<>();
        bySubject.forEach((subject, versions) -> {
            if (values.get(subject).values().stream().distinct().count() > 1) out.add(new Difference(Kind.NUMBER, subject, List.copyOf(versions.values())));
        });
        return out;
    }

    /**
     * The word a count is of: the first word after it that is not filler ("at least 24 people were killed" → dead),
     * or the verb before it when a preposition follows ("killed 24 people in Aceh" → dead).
     */
    private static String subjectAfter(String text, int from, int numberStart) {
        Matcher w = WORD.matcher(text);
        w.region(from, text.length());
        int seen = 0;
        while (w.find() && seen++ < 4) {
            if (text.substring(from, w.start()).matches(".*[.;:!?].*")) return null;
            String word = w.group().toLowerCase(Locale.ROOT);
            if (TIME.contains(word)) return null;
            if (FUNCTION.contains(word)) return wordBefore(text, numberStart);
            if (!SKIP.contains(word)) return SAME.getOrDefault(word, word);
        }
        return wordBefore(text, numberStart);
    }

    /** The verb before a count, past fillers ("killed at least 24" → dead). */
    private static String wordBefore(String text, int at) {
        Matcher w = WORD.matcher(text.substring(0, at));
        List<String> words = new ArrayList<>();
        while (w.find()) words.add(w.group().toLowerCase(Locale.ROOT));
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 4); i--) {
            String word = words.get(i);
            if (SKIP.contains(word)) continue;
            return FUNCTION.contains(word) ? null : SAME.getOrDefault(word, word);
        }
        return null;
    }

    private static Long value(String token, String whole) {
        String t = token.toLowerCase(Locale.ROOT).replace(",", "");
        double base;
        if (WORDS.containsKey(t)) base = WORDS.get(t);
        else if (t.matches("\\d+(\\.\\d+)?")) base = Double.parseDouble(t);
        else return null; // "dozens", "hundreds": not a count to compare
        if (whole.endsWith("million")) base *= 1e6;
        else if (whole.endsWith("billion")) base *= 1e9;
        else if (whole.endsWith("thousand")) base *= 1e3;
        else if (whole.endsWith("hundred")) base *= 1e2;
        if (base >= 1900 && base <= 2100 && !t.contains(".")) return null; // a year
        return Math.round(base * 100);
    }

    private static List<Difference> speakers(List<Statement> statements) {
        List<Difference> out = new ArrayList<>();
        List<Statement> quoted = statements.stream().filter(s -> !s.speaker().isBlank()).toList();
        boolean[] used = new boolean[quoted.size()];
        for (int i = 0; i < quoted.size(); i++) {
            if (used[i]) continue;
            List<Version> versions = new ArrayList<>(List.of(new Version(quoted.get(i).speaker(), quoted.get(i))));
            for (int j = i + 1; j < quoted.size(); j++) {
                Statement a = quoted.get(i);
                Statement b = quoted.get(j);
                if (used[j] || a.articleId() == b.articleId() || overlap(a.text(), b.text()) < 0.6) continue;
                used[j] = true;
                if (!sameSpeaker(a.speaker(), b.speaker())) versions.add(new Version(b.speaker(), b));
            }
            if (versions.size() > 1) out.add(new Difference(Kind.SPEAKER, shorten(quoted.get(i).text()), versions));
        }
        return out;
    }

    /** Share of the shorter text's words found in the other. */
    private static double overlap(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        List<String> small = wa.size() <= wb.size() ? wa : wb;
        Set<String> large = Set.copyOf(small == wa ? wb : wa);
        if (small.isEmpty()) return 0;
        return small.stream().filter(large::contains).count() / (double) small.size();
    }

    /** "Mr Lavrov", "Sergei Lavrov" and "Lavrov" are one speaker: they share a name word. */
    private static boolean sameSpeaker(String a, String b) {
        List<String> wa = words(a);
        return words(b).stream().anyMatch(w -> w.length() > 2 && wa.contains(w));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() <= 80 ? t : t.substring(0, 77).strip() + "…";
    }
}
