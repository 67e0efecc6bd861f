package io.newsbot.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A quote with no attribution of its own that follows, in the same paragraph, right after the attribution of the
 * statement before it ({@code "...," said Jon Alterman, a Middle East analyst. "..."}) goes on with that speaker's words.
 */
final class FollowingQuotes {
    private static final int REACH = 4;
    private static final int MAX_GAP = 250;
    /** What may stand between the speaker's words and the next quote: the rest of their sentence, no other sentence. */
    private static final Pattern REST_OF_ATTRIBUTION = Pattern.compile("^[^\"\\n]{0," + MAX_GAP + "}$");
    private static final Pattern ANOTHER_SENTENCE = Pattern.compile("[a-z]{2}[.!?]\\s+\\S");

    private FollowingQuotes() {
    }

    /** {@code found} (in text order) with each such quote given the speaker named right before it. */
    static List<Attribution> attributed(String body, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Attribution a = found.get(i);
            if (a.direct() && a.source().isEmpty()) {
                Attribution before = before(body, found, i);
                if (before != null) {
                    a = new Attribution(before.source(), before.cue(), a.content(), a.contentStart(), a.contentEnd(), true, before.sourceStart(),
                            before.sourceEnd());
                }
            }
            out.add(a);
        }
        return out;
    }

    private static Attribution before(String body, List<Attribution> found, int i) {
        Attribution a = found.get(i);
        Attribution nearest = null;
        for (int k = i - 1; k >= Math.max(0, i - REACH); k--) {
            Attribution b = found.get(k);
            if (b.contentEnd() <= a.contentStart() && (nearest == null || b.contentEnd() > nearest.contentEnd())) nearest = b;
        }
        if (nearest == null || nearest.source().isEmpty() || nearest.sourceStart() < nearest.contentEnd() || nearest.sourceEnd() > a.contentStart()) return null;
        // The opening mark of the quote, and the closing one of the statement before, stand outside the contents.
        int from = nearest.sourceEnd();
        int to = a.contentStart();
        while (to > from && (body.charAt(to - 1) == '"' || body.charAt(to - 1) == '\u201C' || Character.isWhitespace(body.charAt(to - 1)))) to--;
        String rest = body.substring(from, to);
        if (body.substring(nearest.contentEnd(), nearest.sourceStart()).indexOf('\n') >= 0) return null;
        return REST_OF_ATTRIBUTION.matcher(rest).matches() && !ANOTHER_SENTENCE.matcher(rest).find() ? nearest : null;
    }
}
