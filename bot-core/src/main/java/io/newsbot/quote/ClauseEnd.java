package io.newsbot.quote;

/**
 * Where a reported clause ends inside its sentence. "Graham said she was impressed with Trump's children, but lamented
 * that ...": what Graham said ends before ", but"; the rest is the next thing the sentence tells about her. Marks inside
 * quotation marks do not count.
 */
final class ClauseEnd {
    private ClauseEnd() {
    }

    /** The end of the clause that starts at {@code from} in {@code text}, at most {@code to}. */
    static int of(String text, int from, int to) {
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                // that he has "expanded the party," claiming ...: the comma that ends the clause stands inside the quote.
                if (quoted && i - from >= 12 && text.charAt(i - 1) == ',' && i + 1 < to && text.charAt(i + 1) == ' '
                        && (text.startsWith(" but ", i + 1) || text.startsWith(" according to", i + 1) || text.startsWith(" which", i + 1)
                        || text.startsWith(" while ", i + 1) || reportsNext(text, i + 2, true))) return i + 1;
                quoted = !quoted;
                continue;
            }
            if (quoted) continue;
            // " and said ...": the subject's next statement, even after one word ("blasted Congress and said ...").
            if (c == ' ' && text.startsWith(" and ", i) && reportsNext(text, i + 5, false)) return i;
            // The first words are the clause's own: a clause of three words that ends at a comma is rare.
            if (i - from < 12) continue;
            if (c == ';') return i;
            if (c == ' ' && text.startsWith(" but ", i)) return i;
            if (c == ',' && (text.startsWith(", but ", i) || text.startsWith(", according to", i) || text.startsWith(", which", i)
                    || text.startsWith(", while ", i) || text.startsWith(", whereas ", i) || reportsNext(text, i + 2, true))) return i;
        }
        return to;
    }

    /** Whether a verb of saying starts at {@code at} (", adding ...", " and said ..."), only its -ing form if {@code participle}. */
    private static boolean reportsNext(String text, int at, boolean participle) {
        if (at >= text.length()) return false;
        WordMatcher.Match m = Cues.REPORTING.find(text, at);
        return m != null && m.start() == at && (!participle || m.phrase().endsWith("ing"));
    }
}
