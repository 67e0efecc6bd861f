package io.newsbot.conversation;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a digest's stories a question points at by its place: "more on the second one", "the 3rd story", "the top
 * story", "the last one". A bare ordinal elsewhere in a question ("the second round of talks") is not one.
 */
final class StoryOrdinals {
    private static final List<String> WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|top|1st|2nd|3rd|[4-9]th|10th)\\s+(?:one|story|item|headline|article)\\b"
                    + "|^\\W*(?:and\\s+|what\\s+about\\s+|more\\s+on\\s+)?(?:the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|2nd|3rd|[4-9]th|10th)\\W*$",
            Pattern.CASE_INSENSITIVE);

    private StoryOrdinals() {
    }

    /** The story's number from 1, or -1 for "the last one"; empty when the question names no story by place. */
    static OptionalInt in(String question) {
        Matcher m = ORDINAL.matcher(question.strip());
        if (!m.find()) return OptionalInt.empty();
        String w = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        if (w.equals("last")) return OptionalInt.of(-1);
        if (w.equals("top")) return OptionalInt.of(1);
        int i = WORDS.indexOf(w);
        return OptionalInt.of(i >= 0 ? i + 1 : Integer.parseInt(w.replaceAll("\\D", "")));
    }
}
