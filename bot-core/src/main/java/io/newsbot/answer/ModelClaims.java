package io.newsbot.answer;

import io.newsbot.statement.Excerpts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a language model's answer as claims: its sentences, each with the passage numbers it cites ({@code [1]},
 * {@code [2][3]}, {@code [1, 2]}). A sentence without a marker takes the markers of the next sentence of its paragraph
 * that has some, the common way of citing one source for several sentences.
 */
final class ModelClaims {
    static final Pattern MARKER = Pattern.compile("\\s*\\[(\\d{1,2}(?:\\s*,\\s*\\d{1,2})*)]");

    private ModelClaims() {
    }

    /**
     * One sentence of the answer.
     *
     * @param text     the sentence without its markers
     * @param passages  the passage numbers it cites, from 1, in order, as written (they may point to no passage)
     * @param paragraph which paragraph of the answer it is in, from 0
     */
    record Claim(String text, List<Integer> passages, int paragraph) {
    }

    static List<Claim> of(String answer) {
        List<Claim> out = new ArrayList<>();
        int number = 0;
        for (String paragraph : answer.strip().split("\\n\\s*\\n")) {
            int p = number++;
            List<Claim> sentences = new ArrayList<>();
            for (String s : sentences(paragraph.replaceAll("\\s*\\n\\s*", " ").strip())) {
                Set<Integer> cited = new LinkedHashSet<>();
                Matcher m = MARKER.matcher(s);
                while (m.find()) for (String n : m.group(1).split(",")) cited.add(Integer.parseInt(n.strip()));
                String text = MARKER.matcher(s).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1").replaceAll("\\s{2,}", " ").strip();
                if (!text.isEmpty()) sentences.add(new Claim(text, List.copyOf(cited), p));
            }
            List<Integer> carried = List.of();
            for (int i = sentences.size() - 1; i >= 0; i--) {
                Claim c = sentences.get(i);
                if (c.passages().isEmpty()) sentences.set(i, new Claim(c.text(), carried, p));
                else carried = c.passages();
            }
            out.addAll(sentences);
        }
        return out;
    }

    /** Splits after a full stop, question or exclamation mark (and any closing quote and markers) followed by a capital. */
    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < paragraph.length()) {
            char c = paragraph.charAt(i);
            if (".!?".indexOf(c) >= 0 && !(c == '.' && Excerpts.endsOnAbbreviation(paragraph, i + 1))) {
                int end = i + 1;
                while (end < paragraph.length() && "\"'\u201D\u2019)".indexOf(paragraph.charAt(end)) >= 0) end++;
                Matcher m = MARKER.matcher(paragraph).region(end, paragraph.length());
                while (m.lookingAt()) {
                    end = m.end();
                    m.region(end, paragraph.length());
                }
                int next = end;
                while (next < paragraph.length() && Character.isWhitespace(paragraph.charAt(next))) next++;
                if (next == paragraph.length() || next > end && startsSentence(paragraph.charAt(next))) {
                    out.add(paragraph.substring(start, end));
                    start = next;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        if (start < paragraph.length()) out.add(paragraph.substring(start));
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"\u201C'(".indexOf(c) >= 0;
    }
}
