package io.newsbot.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * A quote with no attribution of its own that stands inside someone's statement ({@code Obama "felt a moral
 * obligation to do something about" climate change, Axelrod said}) is that speaker's: the words are quoted from them.
 */
final class EnclosedQuotes {
    /** How many neighbours on each side are looked at for the statement around a quote: they are in text order. */
    private static final int REACH = 4;

    private EnclosedQuotes() {
    }

    /** {@code found} (in text order) with each direct quote that has no speaker given the speaker of a statement holding it. */
    static List<Attribution> attributed(List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Attribution a = found.get(i);
            if (a.direct() && a.source().isEmpty()) {
                Attribution around = around(found, i);
                if (around != null) {
                    a = new Attribution(around.source(), around.cue(), a.content(), a.contentStart(), a.contentEnd(), true, around.sourceStart(),
                            around.sourceEnd());
                }
            }
            out.add(a);
        }
        return out;
    }

    private static Attribution around(List<Attribution> found, int i) {
        Attribution a = found.get(i);
        for (int k = Math.max(0, i - REACH); k < Math.min(found.size(), i + REACH + 1); k++) {
            Attribution b = found.get(k);
            if (k != i && !b.source().isEmpty() && b.contentStart() <= a.contentStart() && a.contentEnd() <= b.contentEnd()
                    && b.contentEnd() - b.contentStart() > a.contentEnd() - a.contentStart()) {
                return b;
            }
        }
        return null;
    }
}
