package io.newsbot.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds whole words and phrases of a fixed list in a text, left to right, in time linear in the text (a regular
 * expression alternation of a hundred verbs tries each of them at every character). Longest phrase first:
 * "said in a statement" before "said". Case-sensitive, as the verbs of saying are written in lower case.
 */
final class WordMatcher {
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    WordMatcher(Set<String> phrases) {
        for (String p : phrases) {
            String[] words = p.split(" ");
            byFirstWord.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
        }
        for (List<String[]> l : byFirstWord.values()) l.sort((a, b) -> b.length - a.length);
    }

    /** One match: {@code text.substring(start, end)} is {@code phrase}. */
    record Match(int start, int end, String phrase) {
    }

    /** The first match that starts at or after {@code from}, or null. */
    Match find(String text, int from) {
        int i = from;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) i++;
            if (start == i) break;
            if (start > 0 && isWordChar(text.charAt(start - 1)) || i < n && isWordChar(text.charAt(i))) continue;
            List<String[]> candidates = byFirstWord.get(text.substring(start, i));
            if (candidates == null) continue;
            for (String[] words : candidates) {
                int end = rest(text, i, words);
                if (end >= 0) return new Match(start, end, text.substring(start, end).replaceAll("\\s+", " "));
            }
        }
        return null;
    }

    /** Where the phrase's remaining words end after {@code at}, or -1 when they do not follow. */
    private static int rest(String text, int at, String[] words) {
        int i = at;
        for (int w = 1; w < words.length; w++) {
            int spaces = i;
            while (i < text.length() && text.charAt(i) == ' ') i++;
            if (i == spaces || !text.startsWith(words[w], i)) return -1;
            i += words[w].length();
        }
        return i < text.length() && isWordChar(text.charAt(i)) ? -1 : i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
