package io.newsbot.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms an article is compared by: its content words as the lexical index sees them (Lucene's English
 * analyzer: stop words out, Porter stems), and the names it mentions. Names are what tell two similar events
 * apart (two earthquakes, two coaches fired), so they are counted separately: a capitalised word inside a
 * sentence (not its first word), lower-cased, without a possessive 's.
 */
final class ArticleTerms {
    private static final Analyzer ANALYZER = new EnglishAnalyzer();
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}'’])(\\p{Lu}[\\p{L}\\p{N}'’.&-]*[\\p{Ll}\\p{N}][\\p{L}\\p{N}'’-]*|\\p{Lu}{2,})");
    /** Capitalised inside a sentence yet no name: titles, weekdays, months and words that open clauses. */
    private static final Set<String> NOT_NAMES = Set.of("i", "mr", "mrs", "ms", "dr", "the", "a", "an", "he", "she", "it", "they", "we",
            "you", "his", "her", "their", "its", "our", "this", "that", "these", "those", "but", "and", "or", "in", "on", "at", "for",
            "of", "to", "by", "with", "from", "as", "if", "when", "after", "before", "while", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "am", "pm");
    private static final int MAX_TERM = 60;

    private ArticleTerms() {
    }

    /** Content words and numbers of the text, stemmed, with counts. */
    static Map<String, Integer> words(String text) {
        Map<String, Integer> out = new HashMap<>();
        try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1 && term.length() <= MAX_TERM) out.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Names the text mentions inside its sentences, lower case, with counts. */
    static Map<String, Integer> names(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (opensSentence(text, m.start())) continue;
            String name = strip(m.group(1)).toLowerCase(Locale.ROOT);
            if (name.length() < 2 || name.length() > MAX_TERM || NOT_NAMES.contains(name)) continue;
            out.merge(name, 1, Integer::sum);
        }
        return out;
    }

    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
        if (i < 0) return true;
        return ".!?:;\"“‘'\n—–-•(".indexOf(text.charAt(i)) >= 0;
    }

    private static String strip(String name) {
        String n = name;
        if (n.endsWith("'s") || n.endsWith("’s")) n = n.substring(0, n.length() - 2);
        int end = n.length();
        while (end > 0 && ".'’-&".indexOf(n.charAt(end - 1)) >= 0) end--;
        return n.substring(0, end);
    }
}
